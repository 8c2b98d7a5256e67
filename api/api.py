"""The NinjaAPI object: routes, the OpenAPI document, the docs page and the error shapes.

django-ninja builds the OpenAPI 3 document from the same pydantic schemas that validate each
request, and ships Swagger UI's assets in the package, so the docs page is served from our own
origin under the site's strict Content-Security-Policy (no CDN, no inline script).
"""

from django.http import Http404
from ninja import NinjaAPI, Swagger
from ninja.errors import ValidationError

from api.problems import (
    PROBLEM_CONTENT_TYPE,
    ApiProblem,
    from_exception,
    from_validation_errors,
    problem_response,
)
from api.views import router

DESCRIPTION = """Read-only open data from ThrillWiki: parks, rides, companies and ride models
from live, public pages. Data licence: Open Database License (ODbL) 1.0. Lists use cursor
pagination (follow `next`); errors are `application/problem+json`."""


class SelfHostedSwagger(Swagger):
    """Swagger UI from the assets django-ninja ships, in a page with a language and a title.

    Deep links are off: they put a link inside each operation's expand button, a control
    nested in a control that screen readers cannot reach (axe-core's nested-interactive).
    """

    template = "api/docs.html"
    default_settings = {**Swagger.default_settings, "deepLinking": False}


class OpenDataAPI(NinjaAPI):
    def get_openapi_schema(self, *args, **kwargs):
        """Error responses are documented with the media type they are sent with."""
        schema = super().get_openapi_schema(*args, **kwargs)
        for operations in schema["paths"].values():
            for operation in operations.values():
                for status, response in operation.get("responses", {}).items():
                    content = response.get("content", {})
                    if int(status) >= 400 and "application/json" in content:
                        response["content"] = {PROBLEM_CONTENT_TYPE: content["application/json"]}
        return schema


api = OpenDataAPI(
    title="ThrillWiki open data API",
    version="1.0.0",
    description=DESCRIPTION,
    urls_namespace="api_v1",
    openapi_url="/openapi.json",
    docs_url="/docs/",
    docs=SelfHostedSwagger(),
)
api.add_router("/", router)


@api.exception_handler(ValidationError)
def invalid_request(request, exc):
    return from_validation_errors(exc.errors)


@api.exception_handler(ApiProblem)
def problem(request, exc):
    return from_exception(exc)


@api.exception_handler(Http404)
def not_found(request, exc):
    return problem_response(404, "not-found", "Not found", "There is nothing at this address.")
