"""The benchmark's search engine index, settled before it is timed (bench/run.py)."""

import urllib.request


def settle_engine_index(cfg):
    """Merge the new index's segments and refresh it before anything is measured.

    Right after a bulk build the engine merges segments in the background for a while, and
    searches timed during that (one run: p95 up by 40 %, autocomplete 35 ms instead of 24)
    measured the merging, not the search a reader gets from an index that has settled.
    """
    base = f"{cfg['engine_url'].rstrip('/')}/{cfg['index_prefix']}*"
    for action in ("_forcemerge?max_num_segments=1", "_refresh"):
        request = urllib.request.Request(f"{base}/{action}", method="POST")  # noqa: S310
        with urllib.request.urlopen(request, timeout=600) as response:  # noqa: S310
            response.read()
