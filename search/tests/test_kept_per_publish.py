"""What a search keeps until the next publish (suggestions, promoted queries) and how a
publish, an unpublish, a restriction or a new promotion shows at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from search.tests import test_search

pytestmark = pytest.mark.django_db

content = test_search.content  # the same small site of parks and rides


def test_a_page_made_private_or_unpublished_leaves_the_suggestions_at_once(client, content):
    def suggested(words):
        return client.get("/search/autocomplete/", {"q": words}).content.decode()

    assert "Cedar Point" in suggested("ced")  # its suggestion is now kept until a publish
    PageViewRestriction.objects.create(page=content["cedar"], restriction_type="login")
    assert "Cedar Point" not in suggested("ced")
    assert "Blue Fire" in suggested("blue")
    content["europa"].get_children().get(title="Blue Fire").specific.unpublish()
    html = suggested("blue")
    assert "Blue Fire" not in html and "No park or ride starts with" in html


def test_a_promotion_shows_at_once_and_a_search_without_one_asks_nothing(client, content):
    client.get("/search/", {"q": "fastest"})
    with CaptureQueriesContext(connection) as queries:
        client.get("/search/", {"q": "fastest"})
    assert not [q for q in queries.captured_queries if "_searchpromotion" in q["sql"]]
    promotion = SearchPromotion.objects.create(
        query=Query.get("fastest"), page=content["europa"], description="Biggest", sort_order=0
    )
    assert "Recommended" in client.get("/search/", {"q": "Fastest"}).content.decode()
    promotion.delete()
    assert "Recommended" not in client.get("/search/", {"q": "Fastest"}).content.decode()
