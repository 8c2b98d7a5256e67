"""Server-side SVG bar charts: geometry only, drawn by templates/records/includes/chart.html.

No chart library reaches the browser, and nothing here needs inline styles (the strict CSP
forbids them): sizes are SVG geometry attributes, colours come from CSS classes.
"""

from dataclasses import dataclass

BAR_HEIGHT = 22
GAP = 6
LABEL_WIDTH = 190
PLOT_WIDTH = 360
VALUE_WIDTH = 60
MAX_BARS = 15


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    y: int
    width: int

    @property
    def text_y(self):
        return self.y + BAR_HEIGHT - 6

    @property
    def value_x(self):
        return LABEL_WIDTH + self.width + 6


@dataclass(frozen=True)
class BarChart:
    bars: list
    shown: int
    total_rows: int

    width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH
    label_x = LABEL_WIDTH - 8
    plot_x = LABEL_WIDTH
    bar_height = BAR_HEIGHT

    @property
    def height(self):
        return max(len(self.bars), 1) * (BAR_HEIGHT + GAP) + GAP

    @property
    def truncated(self):
        return self.total_rows > self.shown


def bar_chart(rows, max_bars=MAX_BARS):
    """Bars for the largest `max_bars` (label, count) rows, scaled to the longest.

    Every bar with a count above zero is at least one pixel wide, so it stays visible.
    """
    top = sorted(rows, key=lambda row: -row[1])[:max_bars] if len(rows) > max_bars else rows
    longest = max((count for _, count in top), default=0) or 1
    bars = [
        Bar(
            label=str(label),
            value=count,
            y=GAP + index * (BAR_HEIGHT + GAP),
            width=max(round(PLOT_WIDTH * count / longest), 1 if count else 0),
        )
        for index, (label, count) in enumerate(top)
    ]
    return BarChart(bars=bars, shown=len(bars), total_rows=len(rows))
