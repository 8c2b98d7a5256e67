"""Editors get field-level errors for impossible ride data, never a server error."""

import pytest
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from parks.factories import ParkAreaFactory, ParkPageFactory
from rides.models import RidePage

pytestmark = pytest.mark.django_db


def ride_form_data(**fields):
    data = {
        "title": "Steel Vengeance",
        "slug": "steel-vengeance",
        "category": "roller_coaster",
        "status": "operating",
        "opening_date_precision": "day",
        "closing_date_precision": "day",
        "intro": "",
        "body": streamfield([]),
        "gallery_images": inline_formset([]),
        "sources": inline_formset([]),
        **fields,
    }
    return nested_form_data(data)


def bound_form(park, user, **fields):
    form_class = RidePage.get_edit_handler().get_form_class()
    return form_class(
        ride_form_data(**fields), instance=RidePage(), parent_page=park, for_user=user
    )


@pytest.fixture
def park(park_index):
    return ParkPageFactory(parent=park_index)


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_superuser("ed", "ed@example.com", "x" * 12)


def test_a_valid_coaster_passes(park, editor):
    form = bound_form(park, editor, height_m="62.5", speed_kmh="120", inversions="4")
    assert form.is_valid(), form.errors


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("height_m", "-1", "cannot be negative"),
        ("length_m", "-20", "cannot be negative"),
        ("speed_kmh", "-5", "cannot be negative"),
        ("height_m", "251", "beyond anything ever built"),
        ("speed_kmh", "301", "beyond anything ever built"),
        ("inversions", "21", "beyond anything ever built"),
        ("g_force", "9", "beyond anything ever built"),
    ],
)
def test_impossible_statistics_are_field_errors(park, editor, field, value, message):
    form = bound_form(park, editor, **{field: value})
    assert not form.is_valid()
    assert message in " ".join(form.errors[field])


def test_inversions_on_a_dark_ride_are_rejected(park, editor):
    form = bound_form(park, editor, category="dark_ride", inversions="2", height_m="10")
    assert not form.is_valid()
    assert "Only roller coasters" in form.errors["inversions"][0]
    assert "dark ride" in form.errors["height_m"][0]


def test_closing_date_before_opening_date_is_rejected(park, editor):
    form = bound_form(park, editor, opening_date="2018-05-05", closing_date="2017-01-01")
    assert not form.is_valid()
    assert form.errors["closing_date"] == ["The closing date must be after the opening date."]


def test_park_area_of_another_park_is_rejected(park, park_index, editor):
    other_area = ParkAreaFactory(park=ParkPageFactory(parent=park_index))
    own_area = ParkAreaFactory(park=park)
    form = bound_form(park, editor, park_area=str(other_area.pk))
    assert not form.is_valid()
    assert form.errors["park_area"] == ["Choose an area of this ride's own park."]
    assert list(form.fields["park_area"].queryset) == [own_area]


def test_admin_create_view_shows_field_errors_and_keeps_input(client, park, editor):
    """Through Wagtail's own view: a 200 with the error next to the field, nothing saved."""
    client.force_login(editor)
    url = reverse("wagtailadmin_pages:add", args=("rides", "ridepage", park.pk))
    data = ride_form_data(height_m="-3", body=streamfield([("paragraph", rich_text("Kept"))]))
    response = client.post(url, data)
    assert response.status_code == 200
    form = response.context["form"]
    assert "cannot be negative" in form.errors["height_m"][0]
    assert form.data["title"] == "Steel Vengeance"
    assert not RidePage.objects.filter(slug="steel-vengeance").exists()


def test_a_saved_ride_moved_to_another_parks_area_fails_model_validation(park, park_index):
    from django.core.exceptions import ValidationError

    from rides.factories import RidePageFactory

    ride = RidePageFactory(parent=park)
    ride.park_area = ParkAreaFactory(park=ParkPageFactory(parent=park_index))
    with pytest.raises(ValidationError) as error:
        ride.clean()
    assert error.value.message_dict["park_area"] == ["Choose an area of this ride's own park."]
