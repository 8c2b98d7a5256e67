"""Schemathesis throws generated requests, valid and invalid, at every operation of the API as
its OpenAPI document describes it: none may fail with a 500, and every response must match
the document (status code, media type and body schema). Runs on PostgreSQL in CI.
"""

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis.errors import Unsatisfiable
from schemathesis.checks import not_a_server_error
from schemathesis.specs.openapi.checks import (
    content_type_conformance,
    response_schema_conformance,
    status_code_conformance,
)

pytestmark = [pytest.mark.postgres, pytest.mark.django_db]

# Generated requests per operation and generation mode: enough to hit the edges of every
# parameter, few enough to keep the run to a minute.
EXAMPLES = 25
CHECKS = [
    not_a_server_error,
    status_code_conformance,
    content_type_conformance,
    response_schema_conformance,
]


def check_operation(operation, mode):
    """Run EXAMPLES generated requests of one kind against one operation."""

    @given(case=operation.as_strategy(generation_mode=mode))
    @hypothesis_settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        derandomize=True,
        suppress_health_check=list(HealthCheck),
    )
    def run(case):
        case.call_and_validate(checks=CHECKS)

    run()


@pytest.fixture
def in_process_app():
    """The WSGI application, called in this process and inside the test's transaction.

    Django closes the database connection when a request starts and finishes, which would end
    the test's transaction; its own test client switches that off for the same reason.
    """
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    try:
        yield get_wsgi_application()
    finally:
        for signal in (request_started, request_finished):
            signal.connect(close_old_connections)


def test_every_operation_keeps_to_the_openapi_document(catalogue, settings, in_process_app):
    settings.API_RATE_LIMIT_PER_MINUTE = 0  # a fuzzer is one busy client
    schema = schemathesis.openapi.from_wsgi("/api/v1/openapi.json", in_process_app)
    operations = [result.ok() for result in schema.get_all_operations()]
    assert len(operations) == 9
    for operation in operations:
        check_operation(operation, schemathesis.GenerationMode.POSITIVE)
        try:
            check_operation(operation, schemathesis.GenerationMode.NEGATIVE)
        except Unsatisfiable:
            # No parameters (the index), or only a detail's free-text slug: no request to the
            # operation is invalid, so there is nothing negative to generate.
            assert operation.path == "/api/v1/" or operation.path.endswith("{slug}/"), (
                operation.label
            )
