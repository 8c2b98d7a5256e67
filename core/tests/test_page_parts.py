"""The shared page parts: approximate dates, the filter-form contract and the htmx helper."""

import datetime

from django import forms
from django.http import HttpResponse
from django.test import RequestFactory
from django_htmx.middleware import HtmxDetails

from core.forms import FilterForm
from core.htmx import finish_htmx_response, fragment_target, listing_url
from core.models import ApproximateDate


def test_dates_are_shown_no_more_precisely_than_known():
    day = datetime.date(1870, 6, 1)
    assert (str(ApproximateDate(day, "day")), ApproximateDate(day, "day").iso) == (
        "1 June 1870",
        "1870-06-01",
    )
    assert (str(ApproximateDate(day, "month")), ApproximateDate(day, "month").iso) == (
        "June 1870",
        "1870-06",
    )
    assert (str(ApproximateDate(day, "year")), ApproximateDate(day, "year").iso) == ("1870", "1870")


class ColourForm(FilterForm):
    """A list of crayons: filter by colour, sort by name or length."""

    ORDERINGS = {"name": ("Name", ["name"]), "-length": ("Longest first", ["-length", "name"])}

    colour = forms.ChoiceField(required=False, choices=[("red", "Red"), ("blue", "Blue")])


class Crayons(list):
    """Records what the form asks of a queryset, so the contract can be read off."""

    def filter(self, **lookups):
        return Crayons([*self, ("filter", lookups)])

    def order_by(self, *fields):
        return Crayons([*self, ("order_by", fields)])


def test_a_stale_filter_value_is_dropped_and_the_rest_still_apply():
    form = ColourForm({"colour": "green", "sort": "-length"})
    assert form.filter(Crayons()) == [("filter", {}), ("order_by", ("-length", "name"))]
    assert form.querystring() == "?sort=-length"


def test_without_a_sort_the_first_ordering_is_the_default():
    form = ColourForm({"colour": "red", "sort": "price"})
    assert form.filter(Crayons()) == [("filter", {"colour": "red"}), ("order_by", ("name",))]
    assert form.active_count == 1
    assert [key for key, _ in form.fields["sort"].choices] == ["name", "-length"]


def test_the_pushed_url_keeps_only_valid_filters_and_pages_after_the_first():
    form = ColourForm({"colour": "red", "bogus": "1", "sort": ""})

    class Page:
        number = 3

    assert listing_url("/crayons/", form, Page()) == "/crayons/?colour=red&page=3"
    Page.number = 1
    assert listing_url("/crayons/", form, Page()) == "/crayons/?colour=red"


def htmx_request(**headers):
    request = RequestFactory().get("/crayons/", **headers)
    request.htmx = HtmxDetails(request)
    return request


def test_an_htmx_request_for_a_fragment_gets_it_and_a_clean_address():
    request = htmx_request(HTTP_HX_REQUEST="true", HTTP_HX_TARGET="results")
    assert fragment_target(request, {"results": "results.html"}) == "results"
    response = finish_htmx_response(request, HttpResponse(), "/crayons/?colour=red")
    assert response["HX-Push-Url"] == "/crayons/?colour=red"
    assert "HX-Target" in response["Vary"]


def test_a_boosted_or_plain_request_gets_the_whole_page_and_no_pushed_url():
    boosted = htmx_request(HTTP_HX_REQUEST="true", HTTP_HX_TARGET="results", HTTP_HX_BOOSTED="true")
    assert fragment_target(boosted, {"results": "results.html"}) is None
    plain = htmx_request()
    assert fragment_target(plain, {"results": "results.html"}) is None
    assert not finish_htmx_response(plain, HttpResponse(), "/crayons/").has_header("HX-Push-Url")
