"""The site's URLs plus a view that fails, to exercise the 500 handler end to end."""

from django.core.exceptions import PermissionDenied
from django.urls import include, path


def broken_view(request):
    raise RuntimeError("deliberate failure for the error-page tests")


def forbidden_view(request):
    raise PermissionDenied("editors only")


handler400 = "home.views.bad_request"
handler403 = "home.views.permission_denied"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"

urlpatterns = [
    path("broken/", broken_view),
    path("forbidden/", forbidden_view),
    path("", include("thrillwiki.urls")),
]
