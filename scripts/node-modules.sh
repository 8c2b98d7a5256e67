#!/usr/bin/env bash
# node_modules for the page audits (axe-core, the Nu HTML Checker's vnu.jar, Lighthouse) and
# `make css`: runs `npm ci` when node_modules does not hold exactly what package-lock.json pins.
# Without npm it says the audit tests will skip and carries on, so `make test` still works on a
# machine without Node (CI has it and requires the audits).
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v npm >/dev/null 2>&1; then
  echo "npm not found: the audit tests (axe-core, Nu HTML Checker) will skip" >&2
  exit 0
fi

# npm records what it installed in node_modules/.package-lock.json; compare it with the lock
# (optional packages are platform builds, installed only where they fit).
in_sync() {
  node -e '
    const fs = require("fs");
    const read = (path) => JSON.parse(fs.readFileSync(path, "utf8")).packages || {};
    let have;
    try { have = read("node_modules/.package-lock.json"); } catch (error) { process.exit(1); }
    for (const [path, want] of Object.entries(read("package-lock.json"))) {
      if (path === "" || want.optional) continue;
      if (!have[path] || have[path].version !== want.version) process.exit(1);
    }'
}

if in_sync; then
  exit 0
fi
echo "node_modules is missing or out of date: npm ci" >&2
npm ci --no-audit --no-fund
