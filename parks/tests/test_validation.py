"""Park facts that cannot be true are rejected field by field."""

import pytest
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from parks.models import ParkPage

pytestmark = pytest.mark.django_db


def park_form(park_index, user, **fields):
    data = nested_form_data(
        {
            "title": "Cedar Point",
            "slug": "cedar-point",
            "status": "operating",
            "park_type": "amusement_park",
            "country": "US",
            "opening_date_precision": "day",
            "closing_date_precision": "day",
            "intro": "",
            "body": streamfield([]),
            "areas": inline_formset([]),
            "gallery_images": inline_formset([]),
            "sources": inline_formset([]),
            **fields,
        }
    )
    form_class = ParkPage.get_edit_handler().get_form_class()
    return form_class(data, instance=ParkPage(), parent_page=park_index, for_user=user)


@pytest.fixture
def admin(django_user_model):
    return django_user_model.objects.create_superuser("admin", "a@example.com", "x" * 12)


def test_a_valid_park_passes(park_index, admin):
    form = park_form(park_index, admin, latitude="41.4822", longitude="-82.6835")
    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("latitude", "91", "Latitude must be between -90 and 90."),
        ("latitude", "-90.5", "Latitude must be between -90 and 90."),
        ("longitude", "181", "Longitude must be between -180 and 180."),
        ("longitude", "-200", "Longitude must be between -180 and 180."),
        ("size_hectares", "-4", "Size must be a positive number of hectares."),
    ],
)
def test_out_of_range_location_and_size(park_index, admin, field, value, message):
    form = park_form(park_index, admin, **{field: value})
    assert not form.is_valid()
    assert message in form.errors[field]


def test_closing_date_must_follow_opening_date(park_index, admin):
    form = park_form(park_index, admin, opening_date="1990-01-01", closing_date="1989-12-31")
    assert not form.is_valid()
    assert form.errors["closing_date"] == ["The closing date must be after the opening date."]


def test_operator_must_be_an_operator(park_index, admin):
    from companies.factories import ManufacturerFactory

    maker = ManufacturerFactory()
    form = park_form(park_index, admin, operator=str(maker.pk))
    assert not form.is_valid()
    assert "operator" in form.errors
