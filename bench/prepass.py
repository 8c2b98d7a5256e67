"""The Django side of the benchmark: dataset checks, the endpoint list and queries per request.

Run by bench/run.py with the same environment as the gunicorn it benchmarks (production
settings, the benchmark database and Redis), so the numbers describe the same site:

    python bench/prepass.py dataset PARKS RIDES SEED IMAGES  -> {"matches": bool, ...}
    python bench/prepass.py endpoints [search] [explain]  -> [{"name", "path", "headers", ...}]

`endpoints search` lists only the search endpoints and the static reference (the engine run).
`explain` adds, per endpoint, PostgreSQL's EXPLAIN ANALYZE of its slowest query and of every
other query slower than BENCH_EXPLAIN_MS (default 5 ms): the plans the results file shows, so
a plan that degrades as the data grows is visible at both dataset sizes.

Queries per request are counted with Django's test client and CaptureQueriesContext: each
endpoint is requested once to warm it up, then counted on a second request, like
thrillwiki/testing.py's count_queries. With a page cache on, the second request is what a cached
anonymous reader costs. With a search engine configured, the HTTP requests its client really
sends during that second request are counted too.
"""

import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thrillwiki.settings.production")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.contrib.staticfiles.storage import staticfiles_storage  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count, Q  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from wagtail.images import get_image_model  # noqa: E402

from bench.datagen import REFERENCE_PARK_RIDES, plan_dataset  # noqa: E402
from companies.models import Company  # noqa: E402
from parks.models import ParkPage  # noqa: E402
from rides.choices import RideCategory  # noqa: E402
from rides.models import RideModel, RidePage  # noqa: E402
from search import engine as search_engine  # noqa: E402

HOST = "127.0.0.1"
# Five typical reader queries: a ride name word, a two-word phrase, a park name, a park type
# and a ride type. All occur in generate_data's vocabulary, and each matches at 1,000 parks
# and at 10,000 with the default seed, so both sizes run the same queries ("cedar point"
# matched no park at 1,000 and so also asked for spelling suggestions there).
SEARCH_QUERIES = ["thunder", "dragon coaster", "cedar island", "water park", "log flume"]
AUTOCOMPLETE_QUERY = "thu"
HTMX_HEADERS = {"HX-Request": "true", "HX-Target": "park-results"}
COMPANY_HTMX = {"HX-Request": "true", "HX-Target": "company-rides"}
# Long statements (IN lists of ids) are cut in the results file; the plan is kept whole.
EXPLAIN_SQL_CHARS = 1500
EXECUTION_TIME = re.compile(r"Execution Time: ([0-9.]+) ms")


def reference_park(plan_slug=None):
    """The park with REFERENCE_PARK_RIDES live rides (generate_data makes its first park so)."""
    parks = ParkPage.objects.live().with_ride_counts().order_by("path")
    if plan_slug:
        parks = parks.filter(slug=plan_slug)
    return parks.filter(ride_count=REFERENCE_PARK_RIDES).first()


def dataset(parks, rides, seed, images):
    plan = plan_dataset(parks, rides, seed, images=images)
    found = {"parks": ParkPage.objects.count(), "rides": RidePage.objects.count()}
    reference = reference_park(plan.parks[0]["slug"]) if plan.parks else None
    # The originals live in MEDIA_ROOT, not the database: a database generated on another
    # checkout has rows whose files are missing here, and every rendition would fail.
    images = get_image_model().objects.only("file")
    found["missing_originals"] = sum(
        not image.file.storage.exists(image.file.name) for image in images
    )
    matches = (
        {"parks": found["parks"], "rides": found["rides"]} == {"parks": parks, "rides": rides}
        and reference is not None
        and reference.title == plan.parks[0]["title"]
        and found["missing_originals"] == 0
    )
    return {**found, "matches": matches}


class EngineRequests:
    """Counts the requests the search engine's client sends (the backend searches reuse)."""

    def __init__(self):
        self.count = 0
        self.enabled = "fallback" in settings.WAGTAILSEARCH_BACKENDS
        if self.enabled:
            transport = search_engine.get_backend("default").es.transport
            perform = transport.perform_request

            def counting(*args, **kwargs):
                self.count += 1
                return perform(*args, **kwargs)

            transport.perform_request = counting


def explain(captured, threshold_ms):
    """EXPLAIN ANALYZE of each distinct SELECT of one request: the slowest, plus any slower
    than `threshold_ms`, slowest first (their own execution time, measured by PostgreSQL)."""
    if connection.vendor != "postgresql":
        return []
    statements = dict.fromkeys(
        query["sql"]
        for query in captured
        if query["sql"].lstrip().upper().startswith(("SELECT", "WITH"))
    )
    plans = []
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
            plan = "\n".join(row[0] for row in cursor.fetchall())
            found = EXECUTION_TIME.search(plan)
            plans.append({"sql": sql, "ms": float(found.group(1)) if found else 0.0, "plan": plan})
    plans.sort(key=lambda item: -item["ms"])
    kept = [p for n, p in enumerate(plans) if n == 0 or p["ms"] >= threshold_ms]
    for item in kept:
        if len(item["sql"]) > EXPLAIN_SQL_CHARS:
            item["sql"] = item["sql"][:EXPLAIN_SQL_CHARS] + " …"
    return kept


def reference_ride(park):
    """The park's first roller coaster with a photo (70 % of generated rides have one, as most
    real ride pages do), else its first coaster or ride: the same kind of page at every
    dataset size, so a growth comparison compares pages that read the same things."""
    rides = RidePage.objects.child_of(park).live().order_by("path")
    coasters = rides.filter(category=RideCategory.ROLLER_COASTER)
    return coasters.filter(hero_image__isnull=False).first() or coasters.first() or rides.first()


MAP_FIRST_VIEW = "bbox=-151.52344,-61.10079,151.52344,75.58494&zoom=2"


def endpoints(only_search=False, with_plans=False):
    park = reference_park()
    if park is None:
        raise SystemExit(f"No park with {REFERENCE_PARK_RIDES} rides: run generate_data first.")
    ride = reference_ride(park)
    maker = Company.objects.annotate(rides=Count("manufactured_rides")).order_by("-rides").first()
    model = (
        RideModel.objects.annotate(installations=Count("rides", filter=Q(rides__live=True)))
        .order_by("-installations", "slug")
        .first()
    )
    items = [
        ("home", "/", {}),
        ("parks", "/parks/", {}),
        ("parks filtered", "/parks/?country=US&status=operating", {}),
        ("parks htmx partial", "/parks/?country=DE&park_type=theme_park", HTMX_HEADERS),
        (f"park page ({REFERENCE_PARK_RIDES} rides)", park.url, {}),
        ("ride page", ride.url, {}),
        ("company page (most rides)", maker.get_absolute_url(), {}),
        (
            "company rides htmx partial",
            f"{maker.get_absolute_url()}?status=operating",
            COMPANY_HTMX,
        ),
        *((("ride-model page", model.get_absolute_url(), {}),) if model else ()),
        ("map", "/map/", {}),
        # What static/js/map.js asks for first: setView([20, 0], 2) in Chromium at 1280x800
        # (an 862 x 560 px map canvas; maps/tests/test_browser.py pins this URL).
        ("map geojson", f"/map/parks.geojson?{MAP_FIRST_VIEW}", {}),
        # Every park: the open-data download, not something a reader of /map/ waits on.
        (f"geojson download ({ParkPage.objects.live().count()} parks)", "/map/parks.geojson", {}),
        ("ride history", f"{ride.url}history/", {}),
        ("suggest a correction", f"/suggest/{ride.pk}/", {}),
        *((f"search '{q}'", f"/search/?q={q.replace(' ', '+')}", {}) for q in SEARCH_QUERIES),
        ("autocomplete", f"/search/autocomplete/?q={AUTOCOMPLETE_QUERY}", {}),
        ("records", "/records/?stat=height", {}),
        ("census", "/stats/", {}),
        (
            "api rides by manufacturer (50, by height)",
            f"/api/v1/rides/?manufacturer={maker.slug}&ordering=-height_m&limit=50",
            {},
        ),
        ("api ride detail", f"/api/v1/rides/{park.slug}/{ride.slug}/", {}),
        ("open data page", "/data/", {}),
        ("static file", staticfiles_storage.url("css/thrillwiki.css"), {}),
    ]
    if only_search:
        items = [i for i in items if i[0].startswith(("search", "autocomplete", "static"))]
    client = Client(HTTP_HOST=HOST)
    engine_requests = EngineRequests()
    result = []
    for name, path, headers in items:
        meta = {f"HTTP_{key.upper().replace('-', '_')}": value for key, value in headers.items()}
        client.get(path, **meta)
        engine_requests.count = 0
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path, **meta)
        body = b"".join(response) if response.streaming else response.content
        plans = explain(queries.captured_queries, explain_threshold_ms()) if with_plans else None
        result.append(
            {
                "plans": plans,
                "name": name,
                "path": path,
                "headers": headers,
                "status": response.status_code,
                "bytes": len(body),
                "queries": len(queries.captured_queries),
                "engine_requests": engine_requests.count if engine_requests.enabled else None,
                "static": name == "static file",
            }
        )
    return {
        "endpoints": result,
        # The server-side page cache reads PAGE_CACHE_SECONDS; a build without it ignores it.
        "page_cache_supported": hasattr(settings, "PAGE_CACHE_SECONDS"),
        "page_cache_seconds": getattr(settings, "PAGE_CACHE_SECONDS", None),
        "search_backend": settings.WAGTAILSEARCH_BACKENDS["default"]["BACKEND"],
    }


def explain_threshold_ms():
    value = os.environ.get("BENCH_EXPLAIN_MS", "").strip()
    return float(value) if value else 5.0


if __name__ == "__main__":
    command, *args = sys.argv[1:]
    if command == "dataset":
        output = dataset(*(int(a) for a in args))
    elif command == "endpoints":
        output = endpoints(only_search="search" in args, with_plans="explain" in args)
    else:
        raise SystemExit(f"unknown command {command!r}")
    print(json.dumps(output))
