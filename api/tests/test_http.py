"""The API behaves like a good HTTP citizen: clear 400s, 304s, CORS and a rate limit."""

import pytest

from api import middleware
from thrillwiki.testing import redis_commands

pytestmark = pytest.mark.django_db

PROBLEM = "application/problem+json"


@pytest.mark.parametrize(
    ("url", "parameter"),
    [
        ("/api/v1/rides/?status=flying", "status"),
        ("/api/v1/rides/?height_m__gte=tall", "height_m__gte"),
        ("/api/v1/rides/?speed_kmh__lte=nan", "speed_kmh__lte"),
        ("/api/v1/rides/?limit=1000000", "limit"),
        ("/api/v1/rides/?limit=0", "limit"),
        ("/api/v1/rides/?cursor=not-a-cursor", "cursor"),
        ("/api/v1/rides/?cursor=eyJvIjoibmFtZSJ9", "cursor"),
        ("/api/v1/rides/?ordering=colour", "ordering"),
        ("/api/v1/rides/?manufacturer=nobody", "manufacturer"),
        ("/api/v1/rides/?park=atlantis", "park"),
        ("/api/v1/rides/?opened_after=20x0", "opened_after"),
        ("/api/v1/rides/?hieght_m__gte=50", "hieght_m__gte"),
        ("/api/v1/parks/?country=XX", "country"),
        ("/api/v1/parks/?wikidata=Cedar", "wikidata"),
        ("/api/v1/companies/?role=owner", "role"),
        ("/api/v1/ride-models/?manufacturer=nobody", "manufacturer"),
    ],
)
def test_bad_input_is_a_400_problem_naming_the_parameter(client, catalogue, url, parameter):
    response = client.get(url)
    assert response.status_code == 400
    assert response["Content-Type"] == PROBLEM
    body = response.json()
    assert body["status"] == 400
    assert body["parameter"] == parameter
    assert body["detail"]


def test_a_cursor_from_another_ordering_is_refused(client, catalogue):
    by_name = client.get("/api/v1/rides/?limit=1").json()["next"]
    cursor = by_name.split("cursor=")[1]
    response = client.get(f"/api/v1/rides/?ordering=-height_m&cursor={cursor}")
    assert response.status_code == 400
    assert response.json()["parameter"] == "cursor"


def test_a_missing_resource_is_a_404_problem(client, catalogue):
    response = client.get("/api/v1/parks/atlantis/")
    assert response.status_code == 404
    assert response["Content-Type"] == PROBLEM


def test_an_unchanged_list_answers_304_until_something_is_published(client, catalogue):
    first = client.get("/api/v1/parks/")
    assert set(first["Cache-Control"].split(", ")) == {"public", "max-age=60"}
    assert first["Last-Modified"]
    again = client.get("/api/v1/parks/", headers={"If-None-Match": first["ETag"]})
    assert again.status_code == 304
    assert again["ETag"] == first["ETag"]
    assert set(again["Cache-Control"].split(", ")) == {"public", "max-age=60"}
    since = client.get("/api/v1/parks/", headers={"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 304
    catalogue["parks"]["europa"].save_revision().publish()
    after = client.get("/api/v1/parks/", headers={"If-None-Match": first["ETag"]})
    assert after.status_code == 200
    assert after["ETag"] != first["ETag"]


def test_any_origin_may_read_and_preflight(client, catalogue):
    response = client.get("/api/v1/parks/", headers={"Origin": "https://example.org"})
    assert response["Access-Control-Allow-Origin"] == "*"
    assert "ETag" in response["Access-Control-Expose-Headers"]
    preflight = client.options("/api/v1/parks/", headers={"Origin": "https://example.org"})
    assert preflight.status_code == 204
    assert "If-None-Match" in preflight["Access-Control-Allow-Headers"]
    assert "GET" in preflight["Access-Control-Allow-Methods"]


def test_head_answers_like_get_without_a_body_and_writing_is_not_allowed(client, catalogue):
    head = client.head("/api/v1/parks/")
    assert head.status_code == 200
    assert head.content == b""
    assert head["ETag"] == client.get("/api/v1/parks/")["ETag"]
    assert client.post("/api/v1/parks/").status_code == 405


def test_a_client_over_the_rate_limit_is_told_when_to_retry(
    client, catalogue, settings, monkeypatch
):
    settings.API_RATE_LIMIT_PER_MINUTE = 2
    monkeypatch.setattr(middleware, "now", lambda: 6_000_000_045.0)  # 15 s before the window ends
    assert client.get("/api/v1/parks/").status_code == 200
    assert client.get("/api/v1/parks/").status_code == 200
    refused = client.get("/api/v1/parks/")
    assert refused.status_code == 429
    assert refused["Retry-After"] == "15"
    assert refused["Content-Type"] == PROBLEM
    assert refused["Access-Control-Allow-Origin"] == "*"
    other = client.get("/api/v1/parks/", REMOTE_ADDR="192.0.2.7")
    assert other.status_code == 200
    monkeypatch.setattr(middleware, "now", lambda: 6_000_000_060.0)  # the next window
    assert client.get("/api/v1/parks/").status_code == 200


def test_the_site_pages_are_not_rate_limited(client, catalogue, settings):
    settings.API_RATE_LIMIT_PER_MINUTE = 1
    for _ in range(3):
        assert client.get("/parks/").status_code == 200


def test_the_page_cache_keeps_api_answers_until_a_publish_and_never_keeps_a_400(
    client, catalogue, settings
):
    settings.PAGE_CACHE_SECONDS = 60
    url = "/api/v1/rides/?manufacturer=intamin&ordering=-height_m&limit=50"
    assert client.get(url)["X-Page-Cache"] == "miss"
    cached = client.get(url)
    assert cached["X-Page-Cache"] == "hit" and cached["Access-Control-Allow-Origin"] == "*"
    names = [ride["name"] for ride in cached.json()["results"]]
    catalogue["parks"]["europa"].save_revision().publish()  # a publish empties the cache
    fresh = client.get(url)
    assert fresh["X-Page-Cache"] == "miss" and [r["name"] for r in fresh.json()["results"]] == names
    for _ in range(2):
        refused = client.get("/api/v1/rides/?ordering=colour")
        assert refused.status_code == 400 and "X-Page-Cache" not in refused


@pytest.mark.redis
def test_a_kept_answer_and_its_304_cost_one_redis_round_trip_like_a_kept_page(
    client, catalogue, settings
):
    """The ETag and Last-Modified are kept with the answer, so neither the answer nor a 304
    reads anything but the content version (one GET: the process holds its own copy of the
    answer, operations.local_copies). The rate limit's count is off here: it is the same for
    every request, kept or not."""
    settings.PAGE_CACHE_SECONDS = 60
    settings.API_RATE_LIMIT_PER_MINUTE = 0
    url = "/api/v1/rides/?manufacturer=intamin&ordering=-height_m&limit=50"
    first = client.get(url)
    assert first["X-Page-Cache"] == "miss"
    kept, commands = redis_commands(lambda: client.get(url))
    assert kept["X-Page-Cache"] == "hit" and commands == {"get": 1}
    assert (kept["ETag"], kept["Last-Modified"]) == (first["ETag"], first["Last-Modified"])
    assert kept["Access-Control-Allow-Origin"] == "*"
    current, commands = redis_commands(
        lambda: client.get(url, headers={"If-None-Match": first["ETag"]})
    )
    assert current.status_code == 304 and commands == {"get": 1}
    assert current["ETag"] == first["ETag"] and current["Access-Control-Allow-Origin"] == "*"
    since = client.get(url, headers={"If-Modified-Since": first["Last-Modified"]})
    assert since.status_code == 304
    catalogue["parks"]["europa"].save_revision().publish()
    changed = client.get(url, headers={"If-None-Match": first["ETag"]})
    assert changed.status_code == 200 and changed["ETag"] != first["ETag"]
