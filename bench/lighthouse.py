"""Lighthouse audits of the home page, a park page and a ride page: what a reader's browser feels.

    python bench/lighthouse.py BASE_URL [--page NAME=PATH ...] [--output FILE]

Runs npm `lighthouse` (pinned in package.json; `npm ci` is run first when node_modules lacks it)
with Debian's Chromium (CHROME_PATH, default /usr/bin/chromium) headless, mobile form factor and
Lighthouse's default simulated throttling, and prints a Markdown table of the four category
scores, Largest Contentful Paint, total bytes and runs: a page whose trace Lighthouse failed to
record (NO_NAVSTART and the like: "Please run Lighthouse again") is run again, up to ATTEMPTS
times. Without --page, the park and ride page are the first park and ride in BASE_URL's
sitemap.xml, so it works against any running site (a runserver with load_demo, or the
benchmark's gunicorn: bench/run.py calls `audit_pages`).
When Node, Lighthouse or Chromium is missing it says so and exits 0: the benchmark continues.
"""

import argparse
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import urljoin, urlsplit
from xml.etree import ElementTree

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
CHROME_FLAGS = "--headless=new --no-sandbox"
# One page takes 20-40 s on 2 cores; a page that takes minutes is a failure worth reporting.
TIMEOUT_SECONDS = 300
# Runs of one page when Lighthouse failed to record the trace and asks to be run again.
ATTEMPTS = 3
# What Lighthouse's CLI prints (to stderr, exit code 1) when the run itself went wrong...
RUNTIME_ERROR = "Runtime error encountered:"
# ...and what its message says when the trace was lost (NO_NAVSTART, NO_TRACING_STARTED,
# NO_DCL...), not the page: a page that failed to load fails the same way again.
RUN_AGAIN = "Please run Lighthouse again"
PARK_PATH = re.compile(r"^/parks/[^/]+/$")
RIDE_PATH = re.compile(r"^/parks/[^/]+/[^/]+/$")


@contextmanager
def media_server(directory, port):
    """Serve `directory` (which holds media/) on loopback while the block runs.

    Production serves media from S3 or a CDN, never from gunicorn; the benchmark's media
    folder gets its own small server so the audited pages load their images as readers do.
    """
    command = [sys.executable, "-m", "http.server", str(port), "--bind", "127.0.0.1"]
    server = subprocess.Popen(
        [*command, "--directory", str(directory)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.1)
        yield
    finally:
        server.terminate()
        server.wait(timeout=10)


def chrome_path():
    return os.environ.get("CHROME_PATH") or "/usr/bin/chromium"


def ensure_lighthouse(log=print):
    """Install the pinned npm packages when node_modules lacks Lighthouse (a clean clone);
    not without Chromium, which Lighthouse could not drive anyway."""
    if LIGHTHOUSE.exists() or not shutil.which("npm") or not Path(chrome_path()).exists():
        return
    log("node_modules/.bin/lighthouse is missing: running npm ci")
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=ROOT, check=False)


def unavailable():
    """Why Lighthouse cannot run here (None when it can). Chromium is looked for first: without
    it, there is no point installing the npm packages."""
    if not Path(chrome_path()).exists():
        return f"Chromium is not installed at {chrome_path()} (set CHROME_PATH)"
    if not shutil.which("node"):
        return "Node.js is not installed (Lighthouse is an npm package)"
    if not LIGHTHOUSE.exists():
        return "node_modules/.bin/lighthouse is missing and `npm ci` did not install it"
    return None


def summarise(report):
    """The numbers the results table shows, from Lighthouse's JSON report."""
    audits = report.get("audits", {})

    def numeric(name):
        value = audits.get(name, {}).get("numericValue")
        return None if value is None else float(value)

    scores = {}
    for name in CATEGORIES:
        score = report.get("categories", {}).get(name, {}).get("score")
        scores[name] = None if score is None else round(score * 100)
    return {
        "scores": scores,
        "lcp_ms": numeric("largest-contentful-paint"),
        "total_bytes": numeric("total-byte-weight"),
        "error": (report.get("runtimeError") or {}).get("message"),
    }


def audit(url):
    """Lighthouse on `url`, run again when it lost the trace: its summary (or {"error": why})
    with the number of runs it took.

    Lighthouse says to run it again when it fails to record the trace (NO_NAVSTART), and a
    second run usually succeeds. Every run is a new Chromium: Lighthouse's launcher gives each
    one a fresh user-data-dir and a free debugging port. Other failures (a page that did not
    load, a timeout, a Lighthouse or Chromium that would not start) are not retried: they
    would fail the same way, ATTEMPTS times slower.
    """
    attempts = 0
    while True:
        attempts += 1
        result, retry = run_once(lighthouse_command(url))
        if not retry or attempts == ATTEMPTS:
            return {**result, "attempts": attempts}


def lighthouse_command(url):
    return [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--only-categories={','.join(CATEGORIES)}",
        f"--chrome-flags={CHROME_FLAGS}",
    ]


def run_once(command):
    """One Lighthouse run: (its summary or {"error": why}, whether it is worth running again)."""
    env = {**os.environ, "CHROME_PATH": chrome_path()}
    try:
        result = subprocess.run(
            command, env=env, cwd=ROOT, capture_output=True, text=True, timeout=TIMEOUT_SECONDS
        )
    except subprocess.TimeoutExpired:
        return {"error": f"Lighthouse did not finish within {TIMEOUT_SECONDS} s"}, False
    except OSError as error:
        return {"error": f"Lighthouse could not be started: {error}"}, False
    try:
        summary = summarise(json.loads(result.stdout))
    except json.JSONDecodeError:
        lines = result.stderr.strip().splitlines()
        reported = next((line for line in lines if line.startswith(RUNTIME_ERROR)), None)
        last = reported or (lines or ["no output"])[-1]
        return {"error": f"Lighthouse exited with {result.returncode}: {last}"}, RUN_AGAIN in last
    return summary, RUN_AGAIN in (summary["error"] or "")


def sitemap_pages(base_url):
    """A park page and a ride page of the site at `base_url`, found in its sitemap.xml."""
    with urllib.request.urlopen(urljoin(base_url, "/sitemap.xml"), timeout=60) as response:  # noqa: S310 (the site under test)
        tree = ElementTree.fromstring(response.read())  # noqa: S314 (our own sitemap)
    paths = [urlsplit(loc.text.strip()).path for loc in tree.iter() if loc.tag.endswith("loc")]
    parks = {path for path in paths if PARK_PATH.match(path)}
    ride = next(
        (p for p in paths if RIDE_PATH.match(p) and p.rsplit("/", 2)[0] + "/" in parks), None
    )
    if ride is None:
        raise SystemExit(f"No park page with a ride page in {base_url}/sitemap.xml.")
    return {"home": "/", "park page": ride.rsplit("/", 2)[0] + "/", "ride page": ride}


def audit_pages(base_url, pages, log=print):
    """Lighthouse on each of `pages` ({name: path}): {"pages": [...]} or {"skipped": why}."""
    ensure_lighthouse(log)
    reason = unavailable()
    if reason:
        log(f"Lighthouse skipped: {reason}")
        return {"skipped": reason}
    results = []
    for name, path in pages.items():
        log(f"  lighthouse: {name} {path}")
        results.append({"name": name, "path": path, **audit(urljoin(base_url, path))})
    return {"pages": results, "version": lighthouse_version()}


def lighthouse_version():
    result = subprocess.run([str(LIGHTHOUSE), "--version"], capture_output=True, text=True)
    return result.stdout.strip()


def markdown(info):
    """The results-file table (with a line saying why, when Lighthouse was skipped)."""
    if "skipped" in info:
        return [f"Not run: {info['skipped']}."]
    lines = [
        "| page | performance | accessibility | best practices | SEO | LCP | total bytes | runs |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for page in info["pages"]:
        # Results written before retries existed ran each page once.
        runs = page.get("attempts", 1)
        if failed(page):
            lines.append(
                f"| {page['name']} `{page['path']}` | failed: {page['error']} "
                + "| – " * 5
                + f"| {runs} |"
            )
            continue
        scores = [page["scores"][c] for c in CATEGORIES]
        lcp = "–" if page["lcp_ms"] is None else f"{page['lcp_ms'] / 1000:.2f} s"
        size = "–" if page["total_bytes"] is None else f"{page['total_bytes'] / 1024:,.0f} KiB"
        lines.append(
            f"| {page['name']} `{page['path']}` | "
            + " | ".join("–" if s is None else str(s) for s in scores)
            + f" | {lcp} | {size} | {runs} |"
        )
    lines += [
        "",
        f"Lighthouse {info['version']}, Chromium at {chrome_path()} (`{CHROME_FLAGS}`), mobile "
        "form factor, simulated throttling (Lighthouse's defaults); a page whose trace "
        f"Lighthouse failed to record is run again, up to {ATTEMPTS} runs.",
    ]
    errors = [p for p in info["pages"] if p.get("error") and not failed(p)]
    lines += [f"- {p['name']}: Lighthouse reported {p['error']}" for p in errors]
    return lines


def failed(page):
    """Lighthouse gave no score for the page (a report with a runtime error scores nothing)."""
    scores = page.get("scores") or {}
    return bool(page.get("error")) and all(score is None for score in scores.values())


def log_to_stderr(message):
    """Progress goes to stderr, so stdout is just the table."""
    print(message, file=sys.stderr, flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("base_url", help="e.g. http://127.0.0.1:8000")
    parser.add_argument(
        "--page", action="append", default=[], metavar="NAME=PATH", help="a page to audit"
    )
    parser.add_argument("--output", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)
    ensure_lighthouse(log_to_stderr)
    if args.page:
        pages = dict(page.split("=", 1) for page in args.page)
    elif unavailable():
        pages = {}
    else:
        pages = sitemap_pages(args.base_url)
    text = "\n".join(markdown(audit_pages(args.base_url, pages, log_to_stderr))) + "\n"
    print(text)
    if args.output:
        args.output.write_text(text)


if __name__ == "__main__":
    main()
