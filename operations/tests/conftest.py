"""Fixtures for the operations suites: real outages of the database and of Redis."""

import socket
from contextlib import contextmanager

import pytest
from django.db import connections

from operations.cache import REDIS_BACKEND, make_error_tolerant


def closed_port():
    """A loopback port nothing listens on: connections to it are refused at once."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def black_hole():
    """A loopback port that accepts connections and never answers (a hung server): the
    kernel completes the handshake from the listen backlog, nothing ever reads or writes.
    Yields the port."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen(64)
        yield sock.getsockname()[1]


@pytest.fixture
def redis_hung(settings):
    """The cache is Redis at a server that accepts connections and never answers."""
    from operations.cache import RedisBreaker

    with black_hole() as port:
        settings.CACHES = make_error_tolerant(
            {
                "default": {"BACKEND": REDIS_BACKEND, "LOCATION": f"redis://127.0.0.1:{port}/0"},
                "renditions": {
                    "BACKEND": REDIS_BACKEND,
                    "LOCATION": f"redis://127.0.0.1:{port}/1",
                },
            }
        )
        yield settings.CACHES
        RedisBreaker.reset()


@contextmanager
def database_unreachable():
    """Point the `default` alias at a database server that does not exist.

    The test's own connection (and its transaction) is set aside, not closed, and put back
    afterwards; code under test gets a fresh connection that fails to connect.
    """
    original = connections["default"]
    broken = dict(original.settings_dict)
    if original.vendor == "postgresql":
        broken.update(HOST="127.0.0.1", PORT=str(closed_port()))
        broken["OPTIONS"] = {**broken.get("OPTIONS", {}), "connect_timeout": 2}
    else:
        broken["NAME"] = "/nonexistent-folder/thrillwiki.sqlite3"
    unreachable = original.__class__(broken, alias="default")
    connections._connections.default = unreachable
    try:
        yield
    finally:
        unreachable.close()
        connections._connections.default = original


@pytest.fixture
def redis_down(settings):
    """The cache is Redis at an address where no server listens (a bad REDIS_URL)."""
    settings.CACHES = make_error_tolerant(
        {"default": {"BACKEND": REDIS_BACKEND, "LOCATION": f"redis://127.0.0.1:{closed_port()}/0"}}
    )
    return settings.CACHES


@pytest.fixture
def site_content(park_index):
    """A small public site: a park with rides, a manufacturer and a ride model."""
    from parks.factories import ParkPageFactory
    from rides.factories import CoasterPageFactory, RideModelFactory, RidePageFactory

    park = ParkPageFactory(parent=park_index, title="Cedar Point", slug="cedar-point")
    model = RideModelFactory(name="Hyper Coaster", slug="hyper-coaster")
    coaster = CoasterPageFactory(
        parent=park,
        title="Millennium Force",
        slug="millennium-force",
        manufacturer=model.manufacturer,
        ride_model=model,
    )
    flat = RidePageFactory(parent=park, title="Calypso", slug="calypso")
    return {"park": park, "coaster": coaster, "flat": flat, "model": model}


@pytest.fixture
def page_cache(settings):
    """The anonymous page cache on, keeping pages for a minute."""
    settings.PAGE_CACHE_SECONDS = 60
    return settings
