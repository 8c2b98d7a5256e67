"""Helpers shared by the test suites."""

from django.db import connection
from django.test.utils import CaptureQueriesContext


def count_queries(client, url, **headers):
    """Number of database queries one GET of `url` makes (after a warm-up request)."""
    client.get(url, **headers)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url, **headers)
    assert response.status_code == 200, response.status_code
    return len(context.captured_queries)
