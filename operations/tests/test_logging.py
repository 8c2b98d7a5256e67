"""Every request gets an ID (reused from a sane X-Request-ID, else generated) that is returned
in the response and stamped on every log line; logs can be one JSON object per line."""

import io
import json
import logging

import pytest

from thrillwiki.logging import JsonFormatter, RequestContextFilter, logging_config

pytestmark = pytest.mark.django_db


@pytest.fixture
def json_log():
    """The project's JSON formatter and request filter on the root logger, into a buffer."""
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(JsonFormatter())
    handler.addFilter(RequestContextFilter())
    loggers = [logging.getLogger(name) for name in ("thrillwiki", "django")]
    for logger in loggers:
        logger.addHandler(handler)
    yield lambda: [json.loads(line) for line in stream.getvalue().splitlines()]
    for logger in loggers:
        logger.removeHandler(handler)


def test_a_sane_request_id_round_trips(client):
    response = client.get("/healthz", HTTP_X_REQUEST_ID="lb-7f3a9c2e-0001")
    assert response["X-Request-ID"] == "lb-7f3a9c2e-0001"


def test_a_missing_or_unsafe_request_id_is_replaced_by_a_generated_one(client):
    generated = client.get("/healthz")["X-Request-ID"]
    assert len(generated) == 32 and int(generated, 16) >= 0
    unsafe = client.get("/healthz", HTTP_X_REQUEST_ID='x"\n<script>' + "a" * 20)
    assert unsafe["X-Request-ID"] != generated
    assert len(unsafe["X-Request-ID"]) == 32
    assert client.get("/healthz", HTTP_X_REQUEST_ID="a" * 500)["X-Request-ID"] != "a" * 500


def test_each_request_writes_one_json_access_line_with_its_id(client, park_index, json_log):
    response = client.get("/parks/", HTTP_X_REQUEST_ID="req-abc-123456")
    assert response.status_code == 200
    access = [line for line in json_log() if line["logger"] == "thrillwiki.access"]
    assert len(access) == 1
    line = access[0]
    assert line["request_id"] == "req-abc-123456"
    assert line["level"] == "INFO"
    assert (line["method"], line["path"], line["status"]) == ("GET", "/parks/", 200)
    assert line["queries"] > 0 and line["duration_ms"] > 0
    assert line["time"].endswith("+00:00")


def test_slow_requests_are_logged_with_query_count_and_time(client, park_index, settings, json_log):
    settings.SLOW_REQUEST_MS = 0
    client.get("/parks/", HTTP_X_REQUEST_ID="slow-request-0001")
    slow = [line for line in json_log() if line["logger"] == "thrillwiki.slow"]
    assert len(slow) == 1
    assert slow[0]["level"] == "WARNING"
    assert slow[0]["request_id"] == "slow-request-0001"
    assert slow[0]["queries"] > 0 and "query_ms" in slow[0] and slow[0]["budget_ms"] == 0
    assert "queries" in slow[0]["message"]


def test_requests_within_the_budget_are_not_reported_as_slow(client, settings, json_log):
    settings.SLOW_REQUEST_MS = 60_000
    client.get("/healthz")
    assert not [line for line in json_log() if line["logger"] == "thrillwiki.slow"]


def test_errors_are_logged_with_traceback_request_and_id(client, settings, json_log):
    settings.ROOT_URLCONF = "operations.tests.urls"
    client.raise_request_exception = False
    response = client.get("/broken/?page=2", HTTP_X_REQUEST_ID="error-req-0001")
    assert response.status_code == 500
    errors = [line for line in json_log() if line["level"] == "ERROR"]
    assert errors, "the failure must be logged"
    error = errors[0]
    assert error["request_id"] == "error-req-0001"
    assert "RuntimeError: deliberate failure" in error["exception"]
    assert error["http"]["method"] == "GET" and error["http"]["path"] == "/broken/?page=2"
    assert error["status_code"] == 500


def test_text_is_the_default_format_and_includes_the_request_id():
    config = logging_config()
    assert config["handlers"]["console"]["formatter"] == "text"
    assert "%(request_id)s" in config["formatters"]["text"]["format"]
    assert logging_config("json")["handlers"]["console"]["formatter"] == "json"
