"""A reader suggests a correction: field rules from the page model, and every spam rule."""

import datetime

import pytest
from django.core.cache import cache
from django.urls import reverse

from contributions.forms import EXPIRED, SPAM_REJECTED, TOO_QUICK, UNCHANGED, fill_token
from contributions.models import Suggestion
from contributions.spam import RATE_LIMITED

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_rate_limit():
    cache.clear()


def suggest(client, page, data, **headers):
    return client.post(reverse("suggest_correction", args=(page.pk,)), data, **headers)


def test_a_reader_sees_the_form_with_the_pages_facts(client, coaster):
    response = client.get(reverse("suggest_correction", args=(coaster.pk,)))
    assert response.status_code == 200
    body = response.content.decode()
    assert '<option value="height_m">Height</option>' in body
    assert 'name="homepage"' in body and 'name="started"' in body
    # Companies are chosen from reference data, not typed by readers.
    assert 'value="manufacturer"' not in body


def test_a_valid_suggestion_is_stored_for_review(client, coaster, suggestion_data):
    response = suggest(client, coaster, suggestion_data(email="reader@example.com"))
    assert response.status_code == 200
    assert "Thank you" in response.content.decode()
    suggestion = Suggestion.objects.get()
    assert (suggestion.page_id, suggestion.fact, suggestion.value) == (
        coaster.pk,
        "height_m",
        "94.6",
    )
    assert suggestion.current_value == "94.5 m (310 ft)"
    assert suggestion.status == "new"


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"value": "900"}, "beyond anything ever built"),
        ({"value": "-3"}, "cannot be negative"),
        ({"value": "tall"}, "Enter a number."),
        ({"value": ""}, "This field is required."),
        ({"value": "x" * 201}, "at most 200 characters"),
        ({"value": "94.5"}, UNCHANGED),
        ({"fact": "closing_date", "value": "1999-01-01"}, "after the opening date"),
        ({"fact": "opening_date", "value": "13 May 2000x"}, "Enter a valid date."),
        ({"fact": "inversions", "value": "2.5"}, "Enter a whole number."),
        ({"fact": "status", "value": "flying"}, "Select a valid choice"),
        ({"fact": "manufacturer", "value": "Intamin"}, "Select a valid choice"),
        ({"fact": "title", "value": "Other"}, "Select a valid choice"),
        ({"source_url": ""}, "This field is required."),
        ({"source_url": "not a url"}, "Enter a valid URL."),
        ({"source_url": "https://example.com/" + "a" * 500}, "at most 500 characters"),
        ({"email": "reader@"}, "Enter a valid email address."),
        ({"note": "n" * 1001}, "at most 1000 characters"),
    ],
)
def test_bad_input_gets_a_field_error_and_nothing_is_stored(
    client, coaster, suggestion_data, fields, message
):
    response = suggest(client, coaster, suggestion_data(**fields))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Suggestion.objects.exists()


def test_statistics_of_a_dark_ride_are_refused_with_the_models_own_rule(
    client, dark_ride, suggestion_data
):
    response = suggest(client, dark_ride, suggestion_data(value="20"))
    assert response.status_code == 400
    assert "Only roller coasters have this statistic" in response.content.decode()


def test_with_htmx_the_errors_replace_the_form_in_place(client, coaster, suggestion_data):
    response = suggest(
        client,
        coaster,
        suggestion_data(value="900"),
        HTTP_HX_REQUEST="true",
        HTTP_HX_TARGET="suggestion",
    )
    assert response.status_code == 200  # htmx swaps only successful responses
    body = response.content.decode()
    assert body.startswith('<div id="suggestion"') and "<html" not in body
    assert "beyond anything ever built" in body


def test_a_status_can_be_suggested_by_its_label(client, coaster, suggestion_data):
    response = suggest(client, coaster, suggestion_data(fact="status", value="Demolished"))
    assert response.status_code == 200
    assert Suggestion.objects.get().value == "Demolished"


def test_markup_is_never_rendered_back_as_html(client, coaster, suggestion_data):
    response = suggest(client, coaster, suggestion_data(value="<script>alert(1)</script>"))
    body = response.content.decode()
    assert "<script>alert(1)" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_the_honeypot_field_rejects_scripts(client, coaster, suggestion_data):
    response = suggest(client, coaster, suggestion_data(homepage="http://spam.example"))
    assert response.status_code == 400
    assert SPAM_REJECTED in response.content.decode()
    assert not Suggestion.objects.exists()


def test_a_form_sent_faster_than_a_person_can_fill_it_is_refused(client, coaster, suggestion_data):
    response = suggest(client, coaster, suggestion_data(started=fill_token()))
    assert response.status_code == 400
    assert TOO_QUICK in response.content.decode()
    assert not Suggestion.objects.exists()


@pytest.mark.parametrize("started", ["forged", ""])
def test_a_forged_or_missing_time_stamp_is_refused(client, coaster, suggestion_data, started):
    response = suggest(client, coaster, suggestion_data(started=started))
    assert response.status_code == 400
    assert not Suggestion.objects.exists()


def test_a_form_left_open_for_days_asks_to_be_sent_again(client, coaster, suggestion_data):
    two_days_ago = datetime.datetime.now().timestamp() - 2 * 24 * 3600
    response = suggest(client, coaster, suggestion_data(started=fill_token(two_days_ago)))
    assert response.status_code == 400
    assert EXPIRED in response.content.decode()


def test_each_address_may_send_a_few_suggestions_an_hour(
    client, coaster, suggestion_data, settings
):
    settings.SUGGESTIONS_PER_HOUR = 2
    for value in ("94.6", "94.7"):
        assert suggest(client, coaster, suggestion_data(value=value)).status_code == 200
    response = suggest(client, coaster, suggestion_data(value="94.8"))
    assert response.status_code == 429
    assert RATE_LIMITED in response.content.decode()
    assert Suggestion.objects.count() == 2
    other_reader = suggest(client, coaster, suggestion_data(), REMOTE_ADDR="198.51.100.7")
    assert other_reader.status_code == 200


def test_pages_that_are_not_parks_or_rides_have_no_form(client, park_index):
    response = client.get(reverse("suggest_correction", args=(park_index.pk,)))
    assert response.status_code == 404


def test_unpublished_pages_have_no_form(client, coaster):
    coaster.unpublish()
    response = client.get(reverse("suggest_correction", args=(coaster.pk,)))
    assert response.status_code == 404


def test_a_park_offers_its_own_facts(client, park, suggestion_data):
    response = suggest(client, park, suggestion_data(fact="size_hectares", value="147"))
    assert response.status_code == 200
    assert Suggestion.objects.get().fact == "size_hectares"


def test_the_form_page_costs_a_fixed_number_of_queries(
    client, coaster, django_assert_max_num_queries
):
    with django_assert_max_num_queries(8):
        assert client.get(reverse("suggest_correction", args=(coaster.pk,))).status_code == 200
