"""Error reporting to Sentry, only when SENTRY_DSN is set (sentry-sdk is never initialised
otherwise, so nothing leaves the machine by default)."""


def init_sentry(dsn, environment="production", traces_sample_rate=0.0, release=None):
    if not dsn:
        return False
    import sentry_sdk
    from sentry_sdk.integrations.django import DjangoIntegration

    sentry_sdk.init(
        dsn=dsn,
        environment=environment,
        release=release or None,
        integrations=[DjangoIntegration()],
        traces_sample_rate=traces_sample_rate,
        send_default_pii=False,
    )
    return True
