# ThrillWiki: the two commands a fresh machine needs are `make run` and `make test`.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev migrate demo lint check css clean services services-stop

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt | $(PY)
	$(PIP) install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(PY)
	$(PIP) install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
# install-dev also brings node_modules in line with package-lock.json (npm ci when it differs):
# the audit tests use axe-core and the Nu HTML Checker from it. Without npm they skip.
install-dev: $(VENV)/.installed-dev
	@bash scripts/node-modules.sh

## run: install, migrate, load the demo content and serve http://$(HOST):$(PORT)
# load_demo makes the first views' renditions; the rest are made at low priority in the
# background while the server starts (no progress bar there: it would interleave with the log),
# and stop with the server.
run: install migrate demo
	nice -n 10 $(PY) manage.py generate_renditions --no-progress & \
	trap 'kill $$! 2>/dev/null' EXIT INT TERM; \
	$(PY) manage.py runserver $(HOST):$(PORT)

migrate: install
	$(PY) manage.py migrate --noinput

demo: install
	$(PY) manage.py load_demo

## test: the whole suite (SQLite by default; PostgreSQL when DATABASE_URL is set)
test: install-dev
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

check: install-dev
	$(PY) manage.py check
	$(PY) manage.py makemigrations --check --dry-run

## css: rebuild static/css/thrillwiki.css and the vendored htmx (needs Node; output is committed)
css:
	npm ci
	npm run build

## services: install (Debian, Maven Central) and start PostgreSQL, Redis, Chromium and OpenSearch on loopback
services:
	bash scripts/services.sh start

services-stop:
	bash scripts/services.sh stop

clean:
	rm -rf $(VENV) staticfiles .pytest_cache .ruff_cache

# --- Benchmark --------------------------------------------------------------------------------
# make bench [BENCH_PARKS=1000 BENCH_RIDES=10000 BENCH_DURATION=10 ...]: see docs/benchmark.md.
# Needs PostgreSQL, Redis and wrk (apt-get install wrk); defaults live in bench/run.py.
# Lighthouse (BENCH_LIGHTHOUSE=0 skips it) needs Node and Chromium; `npm ci` runs when
# node_modules lacks it, and without either the results file says so and the run goes on.
BENCH_VARS := BENCH_PARKS BENCH_RIDES BENCH_SEED BENCH_IMAGES BENCH_DURATION BENCH_WARMUP \
	BENCH_CONNECTIONS BENCH_WORKERS BENCH_PORT BENCH_CACHE_SECONDS BENCH_MODES \
	BENCH_DATABASE_URL BENCH_REDIS_URL BENCH_OUTPUT \
	BENCH_SEARCH BENCH_ELASTICSEARCH_URL BENCH_SEARCH_ENGINE BENCH_INDEX_PREFIX \
	BENCH_LIGHTHOUSE BENCH_EXPLAIN_MS \
	BENCH_LARGE_PARKS BENCH_LARGE_RIDES BENCH_LARGE_DATABASE_URL BENCH_LARGE_REDIS_URL \
	BENCH_LARGE_INDEX_PREFIX BENCH_GROWTH_ROUNDS BENCH_GROWTH_ROUND_SECONDS
export $(BENCH_VARS)

.PHONY: bench bench-growth lighthouse
bench: install
	BENCH_COMMAND="make bench $(MAKEOVERRIDES)" $(PY) bench/run.py

## bench-growth: the growth rule on two dataset sizes side by side (the large one tenfold by
## default, BENCH_LARGE_*), each endpoint on both servers back to back; see docs/benchmark.md
bench-growth: install
	BENCH_COMMAND="make bench-growth $(MAKEOVERRIDES)" $(PY) bench/growth.py

## lighthouse: Lighthouse scores, LCP and bytes of the home page, a park and a ride of a running
## site (default http://$(HOST):$(PORT), e.g. `make run`); LIGHTHOUSE_OUTPUT=file also saves it
LIGHTHOUSE_URL ?= http://$(HOST):$(PORT)
lighthouse: install
	$(PY) bench/lighthouse.py $(LIGHTHOUSE_URL) $(if $(LIGHTHOUSE_OUTPUT),--output $(LIGHTHOUSE_OUTPUT))
