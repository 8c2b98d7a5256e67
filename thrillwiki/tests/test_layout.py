"""The README's Layout map matches the tree: every package at the root is on the map, and
everything the map names exists."""

import re
from pathlib import Path

from thrillwiki.testing import PROJECT_ROOT

BARE_FILES = {"Makefile", "Procfile"}
BUILT_CSS = Path("static/css/thrillwiki.css")  # built by npm from frontend/css


def looks_like_a_path(token):
    return bool(re.fullmatch(r"[\w.-]+(/[\w.-]*)?", token)) and (
        "/" in token or "." in token or token in BARE_FILES
    )


def layout_names():
    """The paths that start each line of the README's Layout block (before the description)."""
    readme = (PROJECT_ROOT / "README.md").read_text()
    block = readme.split("## Layout", 1)[1].split("```", 2)[1]
    names = set()
    for line in block.splitlines():
        if not line or line.startswith(" "):
            continue
        for token in line.split():
            if not looks_like_a_path(token):
                break
            names.add(token.rstrip("/"))
    return names


def test_every_python_package_at_the_root_is_on_the_layout_map():
    packages = {path.parent.name for path in PROJECT_ROOT.glob("*/__init__.py")}
    assert packages - layout_names() == set()


def test_everything_on_the_layout_map_exists():
    missing = {name for name in layout_names() if not (PROJECT_ROOT / name).exists()}
    assert missing == set()


SKIPPED_DIRS = {".git", ".venv", "node_modules", "staticfiles", "media", "migrations", "vendor"}
SKIPPED_DIRS |= {".services", ".work", "data", "__pycache__", "test-artifacts"}


def source_files():
    """Hand-written sources (not data, migrations, vendored or built files)."""
    for path in PROJECT_ROOT.rglob("*"):
        relative = path.relative_to(PROJECT_ROOT)
        if SKIPPED_DIRS & set(relative.parts) or path.name == "data.py":
            continue
        if path.suffix in {".py", ".html", ".css", ".js"} and relative != BUILT_CSS:
            yield relative


def test_no_source_file_outside_data_and_migrations_is_over_400_lines():
    """A file that long holds more than one concept: split it by owner (issue 12)."""
    files = list(source_files())
    assert Path("thrillwiki/settings/base.py") in files
    too_long = {
        str(name): lines
        for name in files
        if (lines := len((PROJECT_ROOT / name).read_text().splitlines())) > 400
    }
    assert too_long == {}
