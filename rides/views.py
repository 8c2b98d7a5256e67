"""Public ride-model pages (/ride-models/<slug>/), linked from ride pages.

A ride model is public only once a live ride uses it: editors may add reference data, and it
reaches readers through a page a moderator has approved (see moderation.roles).
"""

from django.core.paginator import Paginator
from django.db.models import Max, Min
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.functional import SimpleLazyObject
from django.views.decorators.http import require_GET

from core.htmx import requested_page
from core.pages import attach_parent_pages
from operations.cache import per_content_version
from rides.models import RideModel, RidePage
from rides.units import format_metric, reader_number

# A popular model has hundreds of installations; a page of cards at a time keeps the page's
# cost the same however many there are.
INSTALLATIONS_PER_PAGE = 48
# The specifications a model's installations share, as (field, label, unit or suffix).
SPECIFICATIONS = (
    ("height_m", "Height", "m"),
    ("length_m", "Length", "m"),
    ("speed_kmh", "Top speed", "km/h"),
    ("inversions", "Inversions", ""),
    ("capacity_per_hour", "Capacity", " riders per hour"),
)


@require_GET
def ride_model_detail(request, slug):
    ride_model = get_object_or_404(RideModel.objects.select_related("manufacturer"), slug=slug)
    rides = (
        RidePage.objects.filter(ride_model=ride_model)
        .live()
        .public()
        .for_cards()
        .order_by("opening_date", "title")
    )
    installations, specs = per_content_version(
        f"ride-model-summary:{ride_model.pk}", lambda: (rides.count(), specifications(rides))
    )
    if not installations:
        raise Http404("No published ride uses this ride model yet.")
    page_obj = SimpleLazyObject(lambda: installations_page(rides, installations, request))
    context = {
        "ride_model": ride_model,
        # Both read every installation (479 of the most popular model at 100,000 rides), so
        # they are kept per content version with the count.
        "installations": installations,
        "specifications": specs,
        # Lazy: the installations are rendered once per content version and page number
        # (templates/rides/ride_model_detail.html), so a kept page loads none of them.
        "page_number": requested_page(request),
        "page_obj": page_obj,
        "rides": SimpleLazyObject(lambda: attach_parent_pages(page_obj.object_list)),
    }
    return render(request, "rides/ride_model_detail.html", context)


def installations_page(rides, count, request):
    """The page of installations the request asks for, counted already (with the figures,
    per content version), so the paginator does not count them again."""
    paginator = Paginator(rides, INSTALLATIONS_PER_PAGE)
    paginator.count = count  # Paginator.count is a cached property: this is its value
    return paginator.get_page(request.GET.get("page"))


def specifications(rides):
    """[(label, text)] of the model's figures across its installations, in one query.

    Installations of one model differ a little (a longer layout, a taller lift), so each
    figure is shown as the range the live installations span: "30–36 m".
    """
    fields = [name for name, _, _ in SPECIFICATIONS]
    bounds = rides.order_by().aggregate(
        **{f"{name}__min": Min(name) for name in fields},
        **{f"{name}__max": Max(name) for name in fields},
    )
    rows = []
    for name, label, unit in SPECIFICATIONS:
        low, high = bounds[f"{name}__min"], bounds[f"{name}__max"]
        if low is None:
            continue
        text = format_metric(high, unit) if unit in ("m", "km/h") else reader_number(high) + unit
        if low != high:
            text = f"{reader_number(low)}–{text}"
        rows.append((label, text))
    return rows
