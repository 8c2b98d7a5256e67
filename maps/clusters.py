"""The parks of one map view as GeoJSON, grouped into grid cells on the server.

The map used to fetch every park and cluster in the browser, so its data grew with the parks
(5.4 times as slow at 10,000 as at 1,000). Here one grouped query snaps each park in the view
to its grid cell (maps.viewport) and returns a row per cell; the response holds at most one
feature per cell, however many parks there are. No GIS extension: floor() of the indexed
latitude/longitude columns works on PostgreSQL and SQLite alike.

The rule: when the view holds at most SINGLE_PARKS_LIMIT parks, every park is sent as itself
(a handful of parks should never hide behind a "3" bubble); otherwise each cell holding one
park is that park, and each cell holding several is one cluster feature with the count, the
parks' mean position and their bounds (the feature's `bbox`, where a click zooms to).
"""

from django.db.models import Avg, Count, FloatField, Max, Min, Q
from django.db.models.functions import Cast, Floor

from core.page_urls import page_url_resolver
from maps.forms import mappable_parks, ride_counts
from maps.geojson import COORDINATE_DIGITS, ROW_FIELDS, PlaceLabels, park_feature
from maps.viewport import world
from operations.cache import per_content_version
from parks.models import ParkPage

# A view with this many parks or fewer shows each one: about what Leaflet draws as plain
# markers without lag, and what a reader can still tell apart on a 1280-pixel map.
SINGLE_PARKS_LIMIT = 200
# Grids up to this zoom (cells of 5.6 degrees; a 1280-pixel view at zoom 4 is 112 degrees
# wide) are kept for the whole world per content version: see world_cells.
KEPT_GRID_ZOOM = 4

# Decimal columns as floats: PostgreSQL's numeric arithmetic is several times slower than
# float's, and a cell's mean needs no more than six decimals.
LATITUDE = Cast("latitude", FloatField())
LONGITUDE = Cast("longitude", FloatField())


def _below(field, edge, world_edge):
    """`field` under the edge; the world's own edge (90, 180 degrees) is included."""
    lookup = "lte" if edge >= world_edge else "lt"
    return Q(**{f"{field}__{lookup}": edge})


def in_viewport(parks, view):
    """The parks inside the (snapped) bbox: range conditions on the indexed columns, with
    the same half-open edges as Viewport.cell_ranges (a park on an edge is in one view)."""
    longitudes = Q()
    for west, east in view.longitude_ranges():
        longitudes |= Q(longitude__gte=west) & _below("longitude", east, 180)
    latitudes = Q(latitude__gte=view.south) & _below("latitude", view.north, 90)
    return parks.filter(longitudes, latitudes)


def grid_cells(parks, view):
    """One row per non-empty cell, in one query (GROUP BY the snapped latitude/longitude):
    how many parks, their mean position and bounds, and the smallest id (the park itself
    when the cell holds one)."""
    return list(
        in_viewport(parks, view)
        .order_by()
        .annotate(cell_row=Floor(LATITUDE / view.cell), cell_col=Floor(LONGITUDE / view.cell))
        .values("cell_row", "cell_col")
        .annotate(
            count=Count("pk"),
            mean_lat=Avg(LATITUDE),
            mean_lon=Avg(LONGITUDE),
            south=Min(LATITUDE),
            north=Max(LATITUDE),
            west=Min(LONGITUDE),
            east=Max(LONGITUDE),
            park=Min("pk"),
        )
    )


def world_cells(zoom):
    """The cells of every mappable park on the grid of `zoom`, kept per content version.

    A world or continent view holds most of the parks, so grouping them costs time in
    proportion to the parks (37 ms at 10,000, 6 ms at 1,000) though the answer is a hundred
    cells. Like the ride counts, the unfiltered cells of the coarse grids change only when
    the content version does, so each grid is grouped once per publish and a view picks its
    cells out of it (at most 2**(zoom+2) * 2**(zoom+1) of them, whatever the parks).
    """
    return per_content_version(f"map-world-cells-{zoom}", lambda: _with_single_rows(zoom))


def _with_single_rows(zoom):
    """The world grid of `zoom`, each cell of one park carrying that park's row ("row"), so
    a view of the kept grid reads no row at any size (at 1,000 parks a world view has
    lone parks, at 10,000 it has none)."""
    cells = grid_cells(mappable_parks(), world(zoom))
    lone = {cell["park"]: cell for cell in cells if cell["count"] == 1}
    for pk, *row in ParkPage.objects.filter(pk__in=list(lone)).values_list("pk", *ROW_FIELDS):
        lone[pk]["row"] = tuple(row)
    return cells


def cells_in_view(parks, view, *, filtered):
    """The view's cells: out of the kept world grid for an unfiltered view on a coarse grid,
    else one grouped query over the parks in the view."""
    if not filtered and view.grid_zoom <= KEPT_GRID_ZOOM:
        return [
            cell
            for cell in world_cells(view.grid_zoom)
            if view.contains_cell(cell["cell_row"], cell["cell_col"])
        ]
    return grid_cells(parks, view)


def _rounded(*values):
    return [round(float(value), COORDINATE_DIGITS) for value in values]


def cluster_feature(cell):
    """Several parks as one Point at their mean position; `bbox` (RFC 7946, section 5) is
    the bounds of those parks, so a click can zoom to exactly them."""
    return {
        "type": "Feature",
        "bbox": _rounded(cell["west"], cell["south"], cell["east"], cell["north"]),
        "geometry": {"type": "Point", "coordinates": _rounded(cell["mean_lon"], cell["mean_lat"])},
        "properties": {"cluster": True, "count": cell["count"]},
    }


def collection_bbox(cells):
    """The bounds of every park in the view (plain min/max, so across the antimeridian it is
    the wider box): what the map fits itself to when the filters change."""
    if not cells:
        return None
    return _rounded(
        min(cell["west"] for cell in cells),
        min(cell["south"] for cell in cells),
        max(cell["east"] for cell in cells),
        max(cell["north"] for cell in cells),
    )


def single_rows(parks, view, cells, total):
    """The rows of the parks shown as themselves, by name: every park of a view of a few,
    else the lone park of each cell (carried by the cells of a kept world grid)."""
    if not total:
        return []
    if total <= SINGLE_PARKS_LIMIT:
        return list(in_viewport(parks, view).order_by("title").values_list(*ROW_FIELDS))
    lone = [cell for cell in cells if cell["count"] == 1]
    if all("row" in cell for cell in lone):
        return sorted((cell["row"] for cell in lone), key=lambda row: row[0])
    singles = ParkPage.objects.filter(pk__in=[cell["park"] for cell in lone])
    return list(singles.order_by("title").values_list(*ROW_FIELDS))


def viewport_collection(parks, view, *, filtered):
    """The FeatureCollection of the `parks` (`filtered` or all) inside `view`: two queries at
    most (the grouped cells, then the rows of the parks shown singly), plus the kept ride
    counts."""
    cells = cells_in_view(parks, view, filtered=filtered)
    cells.sort(key=lambda cell: (cell["cell_row"], cell["cell_col"]))
    total = sum(cell["count"] for cell in cells)
    many = total > SINGLE_PARKS_LIMIT
    clusters = [cluster_feature(cell) for cell in cells if cell["count"] > 1] if many else []
    rows = single_rows(parks, view, cells, total)
    park_features = []
    if rows:
        # The ride counts of every park are read only when a park is shown: a view of
        # clusters alone must not read 10,000 parks' counts to show none of them.
        url_for = page_url_resolver()
        counts = ride_counts()
        place_label = PlaceLabels()
        park_features = [park_feature(row, url_for, counts, place_label) for row in rows]
    collection = {"type": "FeatureCollection", "parks": total}
    bbox = collection_bbox(cells)
    if bbox:
        collection["bbox"] = bbox
    collection["features"] = clusters + park_features
    return collection
