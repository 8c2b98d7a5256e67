"""A per-request memo: values read once per request and shared by everything that needs them
(the view restrictions in core.query, the content version in operations.cache).

This module imports no model, so cache backends and other early-loaded code can use it.
"""

from contextvars import ContextVar

# The memo of the current request: a dict while a request is being handled, else None.
_request_memo = ContextVar("core_request_memo", default=None)


def request_memo():
    """The current request's memo, or None outside a request (commands, tasks, shells)."""
    return _request_memo.get()


class RequestMemoMiddleware:
    """Gives each request an empty memo and drops it afterwards."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _request_memo.set({})
        try:
            return self.get_response(request)
        finally:
            _request_memo.reset(token)
