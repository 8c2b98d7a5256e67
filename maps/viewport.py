"""The `bbox` and `zoom` parameters of /map/parks.geojson, and the grid parks are grouped on.

The map asks for the parks of what it shows, not for every park: a response must not grow with
the data. Parks are grouped into square cells of a grid whose cell is a quarter of a map tile's
width at the zoom (64 screen pixels on 256-pixel tiles), so a 1280-pixel-wide view spans about
twenty cells whatever the number of parks. The bbox is snapped outward to that grid: the
response for a view depends only on whole cells, so nearby views share one cache entry.
"""

import math
from dataclasses import dataclass

MAX_ZOOM = 19  # the tile layer's maxZoom in static/js/map.js
CELLS_PER_TILE = 4  # a cell is a quarter of a tile: 64 px on 256-pixel tiles
# A bbox wider or taller than this many cells of its zoom gets a coarser grid, so a client
# asking for the whole world at zoom 19 still gets at most 64 x 64 cells, not a cell per park.
MAX_CELLS_ACROSS = 64


class ViewportError(ValueError):
    """A bad bbox or zoom; `field` names the parameter, like a filter form's error."""

    def __init__(self, field, message):
        super().__init__(message)
        self.field = field
        self.message = message

    def as_errors(self):
        """The same shape as a filter form's `errors.get_json_data()`."""
        return {self.field: [{"message": self.message, "code": "invalid"}]}


def cell_degrees(zoom):
    """The side of a grid cell at `zoom`, in degrees: 360 / 2**zoom is one tile's width."""
    return 360 / 2**zoom / CELLS_PER_TILE


@dataclass(frozen=True)
class Viewport:
    """A snapped bbox (west > east when it crosses the antimeridian) and its grid's zoom."""

    west: float
    south: float
    east: float
    north: float
    grid_zoom: int

    @property
    def cell(self):
        return cell_degrees(self.grid_zoom)

    @property
    def crosses_antimeridian(self):
        return self.west > self.east

    def longitude_ranges(self):
        """One (west, east) range, or two when the bbox crosses the antimeridian."""
        if self.crosses_antimeridian:
            return [(self.west, 180.0), (-180.0, self.east)]
        return [(self.west, self.east)]

    def cell_ranges(self):
        """(first, last) row and column indexes of the cells inside the bbox: edges are
        half-open (a park on the north or east edge belongs to the next view), except the
        world's own edges at 90 and 180 degrees."""
        rows = (round(self.south / self.cell), round(self.north / self.cell))
        last_row = rows[1] if self.north >= 90 else rows[1] - 1
        columns = []
        for west, east in self.longitude_ranges():
            first, end = round(west / self.cell), round(east / self.cell)
            columns.append((first, end if east >= 180 else end - 1))
        return (rows[0], last_row), columns

    def contains_cell(self, row, column):
        (first_row, last_row), columns = self.cell_ranges()
        inside_row = first_row <= row <= last_row
        return inside_row and any(first <= column <= last for first, last in columns)

    def cache_part(self):
        """What the response depends on: the grid and the snapped edges (whole cells)."""
        return (self.grid_zoom, self.west, self.south, self.east, self.north)


def _number(text, field):
    try:
        value = float(text)
    except ValueError:
        raise ViewportError(field, f"{text!r} is not a number.") from None
    if not math.isfinite(value):
        raise ViewportError(field, f"{text!r} is not a finite number.")
    return value


def parse_zoom(text):
    """An integer 0..MAX_ZOOM; missing means MAX_ZOOM (the bbox's size then sets the grid)."""
    if text is None:
        return MAX_ZOOM
    if not text.strip().isdigit():
        raise ViewportError("zoom", f"Zoom must be an integer from 0 to {MAX_ZOOM}.")
    zoom = int(text)
    if zoom > MAX_ZOOM:
        raise ViewportError("zoom", f"Zoom must be an integer from 0 to {MAX_ZOOM}.")
    return zoom


def parse_bbox(text):
    """west,south,east,north in degrees, as the OGC API bbox parameter. west > east is a bbox
    across the antimeridian (170,-50,-170,-30 is the 40 degrees around it)."""
    parts = text.split(",")
    if len(parts) != 4:
        raise ViewportError("bbox", "Give bbox as west,south,east,north in degrees.")
    west, south, east, north = (_number(part.strip(), "bbox") for part in parts)
    if not (-180 <= west <= 180 and -180 <= east <= 180):
        raise ViewportError("bbox", "Longitudes (west, east) must be between -180 and 180.")
    if not (-90 <= south <= 90 and -90 <= north <= 90):
        raise ViewportError("bbox", "Latitudes (south, north) must be between -90 and 90.")
    if south > north:
        raise ViewportError("bbox", "South must not be greater than north.")
    return west, south, east, north


def grid_zoom(zoom, width, height):
    """The requested zoom, made coarser until the bbox spans at most MAX_CELLS_ACROSS cells."""
    while zoom > 0 and max(width, height) / cell_degrees(zoom) > MAX_CELLS_ACROSS:
        zoom -= 1
    return zoom


def _snap_down(value, cell, lowest):
    return max(lowest, math.floor(value / cell) * cell)


def _snap_up(value, cell, highest):
    return min(highest, math.ceil(value / cell) * cell)


def viewport(params):
    """The Viewport a request's `bbox` and `zoom` ask for, or None without a bbox (the full
    feed). Raises ViewportError for a bad value, never anything a view would turn into a 500."""
    bbox = params.get("bbox")
    zoom = parse_zoom(params.get("zoom"))
    if bbox is None:
        return None
    west, south, east, north = parse_bbox(bbox)
    width = east - west if west <= east else east + 360 - west
    grid = grid_zoom(zoom, width, north - south)
    cell = cell_degrees(grid)
    snapped = (
        _snap_down(west, cell, -180.0),
        _snap_down(south, cell, -90.0),
        _snap_up(east, cell, 180.0),
        _snap_up(north, cell, 90.0),
    )
    if west > east and snapped[0] <= snapped[2]:
        # Across the antimeridian, the two edges met once snapped: that is the whole world.
        snapped = (-180.0, snapped[1], 180.0, snapped[3])
    return Viewport(*snapped, grid_zoom=grid)


def world(zoom):
    """The whole world on the grid of `zoom`."""
    return Viewport(-180.0, -90.0, 180.0, 90.0, grid_zoom=zoom)
