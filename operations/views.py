"""Health endpoints for load balancers and orchestrators. Neither shows versions or secrets."""

from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from operations.health import readiness


@never_cache
@require_GET
def healthz(request):
    """Liveness: the process answers. Touches no database, cache or network."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
@require_GET
def readyz(request):
    """Readiness: JSON with one status per dependency; 503 when a required one is down."""
    ready, checks = readiness()
    return JsonResponse(
        {"status": "ok" if ready else "down", "checks": checks}, status=200 if ready else 503
    )
