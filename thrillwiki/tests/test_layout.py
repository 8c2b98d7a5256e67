"""The README's Layout map matches the tree: every package at the root is on the map, and
everything the map names exists."""

import re

from thrillwiki.testing import PROJECT_ROOT

BARE_FILES = {"Makefile", "Procfile"}


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
