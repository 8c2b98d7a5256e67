"""Guessing a page's view password is throttled like admin logins: per client address
(X-Forwarded-For only believed from a trusted proxy) and restriction."""

import pytest
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db

PASSWORD = "season-pass-2026"  # noqa: S105


@pytest.fixture
def password_form(site_content):
    page = site_content["coaster"]
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password=PASSWORD
    )
    return f"/_util/authenticate_with_password/{restriction.pk}/{page.pk}/", page.url


def guess(client, url, password, **extra):
    return client.post(url, {"password": password, "return_url": "/"}, **extra)


def test_a_reader_gets_five_guesses_then_a_429(client, password_form, settings):
    settings.AXES_FAILURE_LIMIT = 5
    url, _page = password_form
    statuses = [
        guess(
            client, url, f"guess-{n}", REMOTE_ADDR="198.51.100.7", HTTP_X_FORWARDED_FOR=f"10.{n}"
        ).status_code
        for n in range(30)
    ]
    assert statuses[:5] == [200] * 5 and set(statuses[5:]) == {429}
    refused = guess(client, url, PASSWORD, REMOTE_ADDR="198.51.100.7")
    assert refused.status_code == 429
    assert "Too many wrong passwords" in refused.content.decode()
    assert refused["Retry-After"] == "900"


def test_another_reader_is_not_throttled_and_the_right_password_still_works(
    client, password_form, settings
):
    settings.AXES_FAILURE_LIMIT = 2
    url, page_url = password_form
    for _ in range(3):
        guess(client, url, "wrong", REMOTE_ADDR="198.51.100.7")
    response = guess(client, url, PASSWORD, REMOTE_ADDR="203.0.113.4")
    assert response.status_code == 302
    assert client.get(page_url, REMOTE_ADDR="203.0.113.4").status_code == 200
