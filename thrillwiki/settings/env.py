"""One small helper for reading settings from the environment, with explicit parsing."""

import os

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off"}


def env(name, default=None, cast=str):
    """Return environment variable `name` parsed by `cast` (str, int, float, bool or list).

    An unset or empty variable returns `default` unchanged. A value that cannot be parsed raises
    ImproperlyConfigured naming the variable, so a typo fails at start-up, not at request time.
    """
    raw = (os.environ.get(name) or "").strip()
    if not raw:
        return default
    try:
        if cast is bool:
            lowered = raw.lower()
            if lowered in _TRUE:
                return True
            if lowered in _FALSE:
                return False
            raise ValueError(raw)
        if cast is list:
            return [item.strip() for item in raw.split(",") if item.strip()]
        return cast(raw)
    except ValueError as exc:
        raise ImproperlyConfigured(f"{name} has an invalid value: {raw!r}") from exc


def require(name, value):
    """Refuse to start when the setting read from environment variable `name` is empty."""
    if not value:
        raise ImproperlyConfigured(f"{name} must be set in the environment for this deployment.")
    return value
