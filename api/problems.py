"""Errors as RFC 9457 problem documents (application/problem+json) naming the parameter at
fault, so a client can tell which part of its request to fix."""

import json

from django.http import HttpResponse

PROBLEM_CONTENT_TYPE = "application/problem+json"
PROBLEM_BASE = "https://thrillwiki.example/api/problems/"


class ApiProblem(Exception):
    """Raised anywhere in a view; the API turns it into a problem response."""

    def __init__(self, status, slug, title, detail, parameter=None):
        super().__init__(detail)
        self.status, self.slug, self.title, self.detail = status, slug, title, detail
        self.parameter = parameter


def invalid_parameter(parameter, reason):
    return ApiProblem(400, "invalid-parameter", "Invalid query parameter", reason, parameter)


def problem_response(status, slug, title, detail, invalid_params=()):
    """A problem document; `invalid_params` is [(name, reason)] and the first names the fault."""
    invalid = [{"name": name, "reason": reason} for name, reason in invalid_params]
    body = {
        "type": PROBLEM_BASE + slug,
        "title": title,
        "status": status,
        "detail": detail,
        "parameter": invalid[0]["name"] if invalid else None,
        "invalid_params": invalid,
    }
    return HttpResponse(json.dumps(body), status=status, content_type=PROBLEM_CONTENT_TYPE)


def from_exception(problem):
    params = [(problem.parameter, problem.detail)] if problem.parameter else []
    return problem_response(problem.status, problem.slug, problem.title, problem.detail, params)


def from_validation_errors(errors):
    """A 400 from pydantic/ninja validation errors, one entry per parameter at fault."""
    params = []
    for error in errors:
        location = [str(part) for part in error.get("loc", ())]
        # ("query", "filters", "limit") or ("query", "limit"): the parameter is the last part.
        name = location[-1] if location else "request"
        params.append((name, error.get("msg", "Invalid value.")))
    detail = "; ".join(f"{name}: {reason}" for name, reason in params) or "Invalid request."
    return problem_response(400, "invalid-parameter", "Invalid query parameter", detail, params)
