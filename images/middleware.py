"""Turn an unreachable media store into a clear 503 instead of a server error."""

import logging

from botocore.exceptions import BotoCoreError, ClientError
from django.http import JsonResponse
from django.shortcuts import render

from images.uploads import STORAGE_UNAVAILABLE_MESSAGE

logger = logging.getLogger(__name__)


def is_storage_outage(exc):
    return isinstance(exc, (BotoCoreError, ClientError))


class StorageOutageMiddleware:
    """Catches boto3 errors that escape a view (for example Wagtail's multiple uploader, which
    stores files that still need their alt text, credit and licence) and answers with the
    storage message: JSON for the admin's background requests, a page otherwise."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_storage_outage(exception):
            return None
        logger.error(
            "Media storage unavailable during %s %s: %s", request.method, request.path, exception
        )
        background = request.headers.get("x-requested-with") == "XMLHttpRequest"
        if background or "json" in request.headers.get("accept", ""):
            return JsonResponse(
                {"success": False, "error_message": STORAGE_UNAVAILABLE_MESSAGE}, status=503
            )
        return render(
            request,
            "storage_unavailable.html",
            {"message": STORAGE_UNAVAILABLE_MESSAGE},
            status=503,
        )
