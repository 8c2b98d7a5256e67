"""Authentication backends (kept out of settings imports: they load models)."""

from axes.backends import AxesStandaloneBackend


class LoginThrottleBackend(AxesStandaloneBackend):
    """django-axes' lockout check for every login that comes through a request.

    Axes refuses `authenticate()` calls without a request; those only come from code (the test
    client's `login()`, scripts), never from a login form, so they are left to the next backend
    instead of failing.
    """

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)
