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

from core.pages import attach_parent_pages
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
    page_obj = Paginator(rides, INSTALLATIONS_PER_PAGE).get_page(request.GET.get("page"))
    if not page_obj.paginator.count:
        raise Http404("No published ride uses this ride model yet.")
    context = {
        "ride_model": ride_model,
        "page_obj": page_obj,
        # Lazy: the installations are rendered once per content version and page
        # (templates/rides/ride_model_detail.html), so a kept page loads none of them.
        "rides": SimpleLazyObject(lambda: attach_parent_pages(page_obj.object_list)),
        "specifications": specifications(rides),
    }
    return render(request, "rides/ride_model_detail.html", context)


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
