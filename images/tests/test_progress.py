"""The renditions progress bar: one line redrawn on a terminal, nothing in a log."""

import io

from images.progress import ProgressBar


class Terminal(io.StringIO):
    def isatty(self):
        return True


def test_a_terminal_sees_one_line_redrawn_as_renditions_are_made():
    stream = Terminal()
    bar = ProgressBar(stream, total=4, label="Renditions")
    bar.advance(1)
    bar.advance(3)
    bar.close()
    lines = stream.getvalue().split("\r")[1:]
    assert lines[0].startswith("Renditions [" + "#" * 7 + "." * 23 + "] 1/4 (")
    assert lines[1].startswith("Renditions [" + "#" * 30 + "] 4/4 (")
    assert stream.getvalue().endswith(" s)\n")


def test_a_log_file_gets_no_progress_bar():
    stream = io.StringIO()
    bar = ProgressBar(stream, total=2, label="Renditions")
    bar.advance(2)
    bar.close()
    assert stream.getvalue() == ""
