"""The record statistics: which RidePage field each one reads and how its values read."""

from dataclasses import dataclass

from rides.units import format_imperial, format_metric, plain_number


@dataclass(frozen=True)
class Statistic:
    key: str
    field: str
    label: str
    unit: str  # "m" and "km/h" also show imperial; others are plain numbers with a suffix
    noun: str  # "of 154 coasters, 139 have <noun>"
    suffix: str = ""

    def metric(self, value):
        if self.unit in ("m", "km/h"):
            return format_metric(value, self.unit)
        return f"{plain_number(value)}{self.suffix}"

    def imperial(self, value):
        return format_imperial(value, self.unit) if self.unit in ("m", "km/h") else ""


STATISTICS = {
    stat.key: stat
    for stat in (
        Statistic("height", "height_m", "Height", "m", "a height"),
        Statistic("drop", "drop_m", "Drop", "m", "a drop"),
        Statistic("length", "length_m", "Length", "m", "a length"),
        Statistic("speed", "speed_kmh", "Top speed", "km/h", "a top speed"),
        Statistic("inversions", "inversions", "Inversions", "", "a number of inversions"),
        Statistic(
            "angle",
            "max_vertical_angle_deg",
            "Maximum vertical angle",
            "°",
            "a vertical angle",
            "°",
        ),
        Statistic("g_force", "g_force", "Maximum g-force", "g", "a g-force", " g"),
    )
}
DEFAULT_STATISTIC = "height"
