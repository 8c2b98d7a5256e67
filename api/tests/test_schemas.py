"""The API sends its answers without re-validating them (api.views.answer), so every answer is
held here to the schema the OpenAPI document is generated from: nothing missing, nothing extra
and every value already in the form the schema gives it."""

import pytest

from api import schemas

pytestmark = pytest.mark.django_db

ANSWERS = [
    ("/api/v1/parks/", schemas.ParkPage),
    ("/api/v1/parks/cedar-point/", schemas.Park),
    ("/api/v1/rides/?limit=2", schemas.RidePage),
    ("/api/v1/rides/cedar-point/millennium-force/", schemas.Ride),
    ("/api/v1/rides/europa-park/boomerang-europa/", schemas.Ride),
    ("/api/v1/companies/", schemas.CompanyPage),
    ("/api/v1/companies/intamin/", schemas.Company),
    ("/api/v1/ride-models/", schemas.RideModelPage),
    ("/api/v1/ride-models/boomerang/", schemas.RideModel),
]


@pytest.mark.parametrize(("path", "schema"), ANSWERS)
def test_every_answer_is_exactly_its_documented_shape(client, catalogue, path, schema):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    body = response.json()
    assert schema.model_validate(body).model_dump(mode="json") == body
    if "results" in body:
        assert body["results"], "an empty list would prove nothing"
