"""Health endpoints for load balancers and orchestrators. Neither shows versions or secrets.

Both answer GET and HEAD (load balancers often probe with HEAD) and nothing else.
"""

from django.http import HttpResponse, JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from operations.health import readiness


@never_cache
@require_safe
def healthz(request):
    """Liveness: the process answers. Touches no database, cache or network."""
    return HttpResponse("ok\n", content_type="text/plain")


@never_cache
@require_safe
def readyz(request):
    """Readiness: "ok" or "degraded" (200; the degraded dependencies are named) or "down" (503,
    the database is unreachable). See docs/serving.md for what each state means."""
    status, checks = readiness()
    degraded = sorted(name for name, check in checks.items() if check["status"] == "down")
    return JsonResponse(
        {"status": status, "degraded": degraded, "checks": checks},
        status=503 if status == "down" else 200,
    )
