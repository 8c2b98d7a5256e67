"""Profile one benchmarked page in-process: time per request, queries, and a pyinstrument tree.

    DATABASE_URL=... python bench/profile.py /parks/ [--headers 'HX-Request: true'] [-n 20]

Uses the settings of DJANGO_SETTINGS_MODULE (dev by default) against the given database; run it
on the benchmark database to see where the time of a slow endpoint goes.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "thrillwiki.settings.dev")

import django  # noqa: E402

django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from bench.prepass import EngineRequests  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("path")
    parser.add_argument("-n", type=int, default=20, help="timed requests (after one warm-up)")
    parser.add_argument("--headers", action="append", default=[], help="'Name: value'")
    parser.add_argument("--queries", action="store_true", help="print every query with its time")
    parser.add_argument("--no-profile", action="store_true")
    parser.add_argument("--all", action="store_true", help="show library frames in the profile")
    parser.add_argument(
        "--flat", action="store_true", help="flat profile (total time per function)"
    )
    args = parser.parse_args()
    meta = {}
    for header in args.headers:
        name, value = header.split(":", 1)
        meta[f"HTTP_{name.strip().upper().replace('-', '_')}"] = value.strip()
    client = Client(HTTP_HOST="127.0.0.1")
    assert client.get(args.path, **meta).status_code < 500
    with CaptureQueriesContext(connection) as queries:
        response = client.get(args.path, **meta)
    print(f"{args.path}: HTTP {response.status_code}, {len(queries.captured_queries)} queries")
    if args.queries:
        for query in sorted(queries.captured_queries, key=lambda q: -float(q["time"])):
            print(f"  {float(query['time']) * 1000:7.1f} ms  {query['sql'][:300]}")
    timings, cpu, database = [], [], []
    engine = EngineRequests()
    for _ in range(args.n):
        with CaptureQueriesContext(connection) as timed:
            started, started_cpu = time.perf_counter(), time.process_time()
            client.get(args.path, **meta)
            timings.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - started_cpu) * 1000)
        database.append(sum(float(query["time"]) for query in timed.captured_queries) * 1000)
    print(
        f"  {args.n} requests: median {statistics.median(timings):.1f} ms, "
        f"min {min(timings):.1f} ms, max {max(timings):.1f} ms; "
        f"Python CPU median {statistics.median(cpu):.1f} ms (excludes the database's own time); "
        f"database median {statistics.median(database):.1f} ms (as the client waited for it)"
    )
    if engine.enabled:
        print(f"  search engine requests per request: {engine.count / args.n:g}")
    if not args.no_profile:
        from pyinstrument import Profiler

        with Profiler(interval=0.0005) as profiler:
            for _ in range(5):
                client.get(args.path, **meta)
        from pyinstrument.renderers import ConsoleRenderer

        renderer = ConsoleRenderer(
            unicode=True,
            show_all=args.all,
            flat=args.flat,
            flat_time="self",
        )
        print(profiler.output(renderer))


if __name__ == "__main__":
    main()
