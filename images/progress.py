"""A plain progress bar on a terminal stream, for commands that make renditions (tqdm is not a
dependency and one line of text is all they need)."""

import time

WIDTH = 30


class ProgressBar:
    """`label [#####.....] done/total (seconds)` redrawn in place on one line; silent when the
    stream is not a terminal (logs, CI, tests), where the command's own summary line suffices."""

    def __init__(self, stream, total, label, enabled=None):
        self.stream = stream
        self.total = total
        self.label = label
        self.done = 0
        self.started = time.monotonic()
        isatty = getattr(stream, "isatty", lambda: False)
        self.enabled = isatty() if enabled is None else enabled
        # A management command's OutputWrapper ends every write with a newline unless told not.
        self._ending = {"ending": ""} if hasattr(stream, "ending") else {}

    def advance(self, n=1):
        self.done += n
        if self.enabled:
            self.stream.write("\r" + self.line(), **self._ending)
            self.stream.flush()

    def line(self):
        """The bar as text, e.g. `Renditions [######....] 120/200 (14 s)`."""
        filled = WIDTH * self.done // self.total if self.total else WIDTH
        seconds = time.monotonic() - self.started
        bar = "#" * filled + "." * (WIDTH - filled)
        return f"{self.label} [{bar}] {self.done}/{self.total} ({seconds:.0f} s)"

    def close(self):
        if self.enabled:
            self.stream.write("\n", **self._ending)
            self.stream.flush()
