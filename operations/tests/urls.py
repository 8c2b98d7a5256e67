"""The site's URLs plus a view that fails, to exercise the 500 handler end to end."""

from django.core.exceptions import PermissionDenied
from django.urls import include, path


def broken_view(request):
    raise RuntimeError("deliberate failure for the error-page tests")


def forbidden_view(request):
    raise PermissionDenied("editors only")


handler400 = "operations.errors.bad_request"
handler403 = "operations.errors.permission_denied"
handler404 = "operations.errors.page_not_found"
handler500 = "operations.errors.server_error"

urlpatterns = [
    path("broken/", broken_view),
    path("forbidden/", forbidden_view),
    path("", include("thrillwiki.urls")),
]
