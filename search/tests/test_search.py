"""Public search at /search/: live parks and rides only, filters with counts, sorting,
pagination, htmx partials, promoted results, logged queries, suggestions, autocomplete and
awkward input. These run on the configured database backend (SQLite or PostgreSQL)."""

import datetime
import re

import pytest
from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import PageViewRestriction

from companies.factories import ManufacturerFactory
from images.factories import ImageFactory
from parks.factories import ParkPageFactory
from parks.models import ParkPage, ParkType
from rides.factories import CoasterPageFactory, RidePageFactory
from search.models import QueryOutcome
from thrillwiki.testing import count_queries

pytestmark = pytest.mark.django_db

HTMX = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "search-results"}


@pytest.fixture
def content(park_index):
    intamin = ManufacturerFactory(name="Intamin", slug="intamin")
    vekoma = ManufacturerFactory(name="Vekoma", slug="vekoma")
    cedar = ParkPageFactory(
        parent=park_index,
        title="Cedar Point",
        intro="On Lake Erie.",
        opening_date=datetime.date(1870, 6, 1),
    )
    europa = ParkPageFactory(
        parent=park_index,
        title="Europa-Park",
        country="DE",
        city="Rust",
        region="Baden-Württemberg",
        opening_date=datetime.date(1975, 7, 12),
    )
    CoasterPageFactory(
        parent=cedar,
        title="Millennium Force",
        manufacturer=intamin,
        opening_date=datetime.date(2000, 5, 13),
    )
    RidePageFactory(parent=cedar, title="Cedar Creek Mine Ride", category="water_ride")
    CoasterPageFactory(
        parent=europa,
        title="Blue Fire",
        manufacturer=intamin,
        opening_date=datetime.date(2009, 4, 4),
        former_names="Blue Fire Megacoaster",
    )
    CoasterPageFactory(parent=europa, title="Cedar Trail", manufacturer=vekoma, opening_date=None)
    ParkPageFactory(parent=park_index, title="Cedar Draft", live=False)
    private = ParkPageFactory(parent=park_index, title="Cedar Secret")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return {"cedar": cedar, "europa": europa}


def titles(response):
    return [page.title for page in response.context["page_obj"].object_list]


def test_finds_live_parks_and_rides(client, content):
    html = client.get("/search/", {"q": "Cedar"}).content.decode()
    assert "Cedar Point" in html and "Cedar Creek Mine Ride" in html
    assert "Millennium Force" in client.get("/search/", {"q": "Millennium"}).content.decode()


def test_drafts_and_private_pages_never_appear(client, content):
    response = client.get("/search/", {"q": "Cedar"})
    found = titles(response)
    assert "Cedar Draft" not in found and "Cedar Secret" not in found
    assert "Cedar Draft" not in response.content.decode()
    assert "Cedar Secret" not in client.get("/search/autocomplete/", {"q": "Ced"}).content.decode()


def test_unpublished_page_leaves_the_results(client, content):
    assert "Cedar Point" in titles(client.get("/search/", {"q": "Cedar"}))
    content["cedar"].unpublish()
    assert "Cedar Point" not in titles(client.get("/search/", {"q": "Cedar"}))


def test_results_show_type_location_and_key_facts(client, content):
    html = client.get("/search/", {"q": "Millennium"}).content.decode()
    assert "Roller coaster at" in html and "Cedar Point" in html
    assert "Intamin" in html and "Height" in html and "opened 2000" in html
    html = client.get("/search/", {"q": "Europa"}).content.decode()
    assert "Rust, Baden-Württemberg, Germany" in html and "Park</span>" in html


def test_former_name_and_place_and_manufacturer_find_rides(client, content):
    assert titles(client.get("/search/", {"q": "Megacoaster"})) == ["Blue Fire"]
    assert set(titles(client.get("/search/", {"q": "Intamin"}))) == {
        "Millennium Force",
        "Blue Fire",
    }
    assert "Europa-Park" in titles(client.get("/search/", {"q": "Germany"}))


def test_filters_narrow_results_and_show_counts(client, content):
    response = client.get("/search/", {"q": "Cedar"})
    facets = {facet.name: facet for facet in response.context["outcome"].facets}
    # Cedar Point's rides match through their park's name, so "Millennium Force" counts too.
    assert {o.value: o.count for o in facets["type"].options} == {"park": 1, "ride": 3}
    assert {o.value: o.count for o in facets["category"].options} == {
        "roller_coaster": 2,
        "water_ride": 1,
    }
    assert {o.value: o.count for o in facets["manufacturer"].options} == {
        "intamin": 1,
        "vekoma": 1,
    }
    assert {o.value: o.count for o in facets["country"].options} == {"US": 1}
    assert "Ride category" in response.content.decode()
    assert "Roller coaster (2)" in response.content.decode()

    html = client.get("/search/", {"q": "Cedar", "manufacturer": "vekoma"}).content.decode()
    assert '<option value="vekoma" selected>Vekoma (1)</option>' in html

    assert titles(client.get("/search/", {"q": "Cedar", "type": "park"})) == ["Cedar Point"]
    assert titles(client.get("/search/", {"q": "Cedar", "category": "water_ride"})) == [
        "Cedar Creek Mine Ride"
    ]
    assert titles(client.get("/search/", {"q": "Cedar", "manufacturer": "vekoma"})) == [
        "Cedar Trail"
    ]
    # A ride is in its park's country.
    assert set(titles(client.get("/search/", {"q": "Cedar", "country": "DE"}))) == {"Cedar Trail"}
    assert titles(client.get("/search/", {"q": "Europa", "park_type": ParkType.WATER_PARK})) == []


def test_filters_alone_browse_everything_by_name(client, content):
    response = client.get("/search/", {"category": "roller_coaster"})
    assert titles(response) == ["Blue Fire", "Cedar Trail", "Millennium Force"]


def test_unknown_filter_values_are_ignored(client, content):
    response = client.get(
        "/search/",
        {
            "q": "Cedar",
            "type": "castle",
            "status": "haunted",
            "country": "XX",
            "category": "<script>",
            "manufacturer": "nobody",
            "sort": "random",
            "page": "999",
        },
    )
    assert response.status_code == 200
    assert set(titles(response)) == {
        "Cedar Point",
        "Cedar Creek Mine Ride",
        "Cedar Trail",
        "Millennium Force",
    }


def test_sort_by_name_and_opening_year(client, content):
    by_name = titles(client.get("/search/", {"q": "Cedar", "sort": "name"}))
    assert by_name == ["Cedar Creek Mine Ride", "Cedar Point", "Cedar Trail", "Millennium Force"]
    oldest = titles(client.get("/search/", {"type": "ride", "sort": "opened"}))
    assert oldest[:3] == ["Cedar Creek Mine Ride", "Millennium Force", "Blue Fire"]
    assert oldest[-1] == "Cedar Trail"  # no opening date: last either way
    newest = titles(client.get("/search/", {"type": "ride", "sort": "-opened"}))
    assert newest == ["Blue Fire", "Cedar Creek Mine Ride", "Millennium Force", "Cedar Trail"]


def test_exact_name_ranks_first(client, content):
    assert titles(client.get("/search/", {"q": "Millennium Force"}))[0] == "Millennium Force"


def test_pagination(client, park_index):
    park = ParkPageFactory(parent=park_index, title="Loop Land")
    for n in range(25):
        RidePageFactory(parent=park, title=f"Loop {n:02d}")
    first = client.get("/search/", {"q": "Loop", "sort": "name"})
    assert len(titles(first)) == 20 and first.context["outcome"].total == 26
    second = client.get("/search/", {"q": "Loop", "sort": "name", "page": 2})
    assert titles(second) == [f"Loop {n:02d}" for n in range(20, 25)] + ["Loop Land"]
    assert 'rel="next"' in first.content.decode()


def test_htmx_gets_the_results_partial_and_a_clean_url(client, content):
    response = client.get("/search/?q=Cedar&type=&status=&sort=bogus", **HTMX)
    html = response.content.decode()
    assert "<html" not in html and "Cedar Point" in html
    assert response["HX-Push-Url"] == "/search/?q=Cedar"
    response = client.get("/search/?q=Cedar&sort=relevance&type=ride&page=1", **HTMX)
    assert response["HX-Push-Url"] == "/search/?q=Cedar&type=ride"  # the default sort is implied
    assert "HX-Request" in response["Vary"]
    full = client.get("/search/?q=Cedar").content.decode()
    assert "<html" in full and 'id="search-results"' in full and "data-hx-get" in full


def test_promoted_results_come_first(client, content):
    query = Query.get("fastest")
    SearchPromotion.objects.create(
        query=query, page=content["europa"], description="Germany's biggest park", sort_order=0
    )
    SearchPromotion.objects.create(query=query, page=content["cedar"], sort_order=1)
    draft = ParkPageFactory(parent=content["cedar"].get_parent(), title="Hidden", live=False)
    SearchPromotion.objects.create(query=query, page=draft, sort_order=2)
    html = client.get("/search/", {"q": "Fastest"}).content.decode()
    assert "Recommended" in html and "Germany&#x27;s biggest park" in html
    assert html.index("Europa-Park") < html.index("Cedar Point") < html.index("results__count")
    assert "Hidden" not in html


def test_queries_are_logged_with_their_result_counts(client, content):
    client.get("/search/", {"q": "Cedar"})
    client.get("/search/", {"q": "cedar "})
    client.get("/search/", {"q": "Zzyzx"})
    client.get("/search/", {"q": "Cedarp"}, HTTP_HX_REQUEST="true", HTTP_HX_TRIGGER="search-q")
    cedar = Query.objects.get(query_string="cedar")
    assert cedar.hits == 2 and cedar.outcome.last_result_count == 4
    assert QueryOutcome.objects.get(query__query_string="zzyzx").searches_without_results == 1
    assert not Query.objects.filter(query_string="cedarp").exists()  # typed, not submitted


def test_nothing_found_suggests_close_names(client, content):
    response = client.get("/search/", {"q": "Milenium Forse"})
    assert response.context["outcome"].total == 0
    assert "Millennium Force" in response.context["suggestions"]
    assert "Did you mean" in response.content.decode()


def test_autocomplete_returns_a_fragment_of_links(client, content):
    response = client.get("/search/autocomplete/", {"q": "Mill"})
    html = response.content.decode()
    assert response.status_code == 200 and "<html" not in html
    assert "Millennium Force" in html and "Ride at Cedar Point" in html
    assert "Cedar Point" in client.get("/search/autocomplete/", {"q": "ced"}).content.decode()
    assert client.get("/search/autocomplete/", {"q": ""}).content.decode().strip() == ""
    assert "No park or ride" in client.get("/search/autocomplete/", {"q": "qqq"}).content.decode()


def test_header_search_box_autocompletes(client, content):
    html = client.get("/parks/").content.decode()
    assert 'data-hx-get="/search/autocomplete/"' in html and 'id="site-search-suggestions"' in html
    assert "js/search.js" in html


def test_the_search_page_shows_one_search_box_not_the_header_one(client, content):
    html = client.get("/search/?q=Cedar").content.decode()
    assert 'id="site-search-q"' not in html
    assert html.count('type="search"') == 1


def test_filters_stay_open_only_while_the_reader_changes_them(client, content):
    typing = {"HTTP_HX_REQUEST": "true", "HTTP_HX_TARGET": "search-results"}
    fresh = client.get("/search/?q=Cedar&category=roller_coaster").content.decode()
    assert '<details class="filters-disclosure">' in fresh
    assert "(1 active)" in fresh
    by_box = client.get(
        "/search/?q=Cedar", HTTP_HX_TRIGGER="search-q", HTTP_HX_TRIGGER_NAME="q", **typing
    )
    assert '<details class="filters-disclosure">' in by_box.content.decode()
    by_filter = client.get(
        "/search/?q=Cedar&sort=name",
        HTTP_HX_TRIGGER="search-sort",
        HTTP_HX_TRIGGER_NAME="sort",
        **typing,
    )
    assert '<details class="filters-disclosure" open>' in by_filter.content.decode()


BAD_INPUT = [
    "",
    "   ",
    "x" * 10_000,
    '"',
    '"unbalanced',
    "'single",
    '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /',
    *list('+-!(){}[]^"~*?:\\/'),
    "&&",
    "||",
    "Cedar\x00Point",
    "\x00",
    "ميلينيوم فورس",
    "\u202eCedar",
    "🎢🎢🎢",
    "🎢 Cedar",
    "AND OR NOT",
    "title:Cedar",
    "Cedar*",
    "%_%",
]


@pytest.mark.parametrize("query", BAD_INPUT)
def test_awkward_queries_never_fail(client, content, query):
    for url in ("/search/", "/search/autocomplete/"):
        response = client.get(url, {"q": query})
        assert response.status_code == 200, (url, query)
    html = client.get("/search/", {"q": query}).content.decode()
    assert "result" in html or "Type a park" in html or "no letters" in html


def test_a_query_of_only_syntax_gets_a_clear_message(client, content):
    html = client.get("/search/", {"q": "+ - && || !"}).content.decode()
    assert "no letters or numbers left" in html


def test_search_page_is_not_indexed_by_robots(client):
    assert '<meta name="robots" content="noindex">' in client.get("/search/").content.decode()


# Per list (parks, rides): one grouped pass for the total and every facet count, one for the
# hits; then, for the page shown, the cards' images and parks; plus promotions, the logged
# query and the page chrome. A page type that the shown page lacks needs no image query, so
# a larger result set can cost fewer queries, never more.
SEARCH_MAX_QUERIES = 21


def test_query_count_does_not_grow_with_results(client, park_index):
    def add(n, start):
        park = ParkPageFactory(
            parent=park_index, title=f"Count Park {start}", hero_image=ImageFactory()
        )
        for i in range(n):
            CoasterPageFactory(
                parent=park, title=f"Count Coaster {start + i}", hero_image=ImageFactory()
            )

    add(4, 0)
    url = "/search/?q=Count"
    few = count_queries(client, url)
    add(20, 100)
    many = count_queries(client, url)
    assert many <= SEARCH_MAX_QUERIES and few <= SEARCH_MAX_QUERIES
    assert count_queries(client, url + "&type=ride", **HTMX) <= SEARCH_MAX_QUERIES
    assert count_queries(client, "/search/autocomplete/?q=Count") <= 6


@pytest.mark.parametrize(
    ("raw", "clean"),
    [
        ("  Millennium   Force ", "Millennium Force"),
        ('"Top Thrill" 2', "Top Thrill 2"),
        ("Cedar\x00Point", "Cedar Point"),
        ("Six Flags - Magic Mountain", "Six Flags Magic Mountain"),
        ("Europa-Park", "Europa-Park"),
        ("x" * 500, "x" * 200),
        ("🎢 Taron", "🎢 Taron"),
    ],
)
def test_normalise_query(raw, clean):
    from search.query import normalise_query

    assert normalise_query(raw) == clean


def test_status_command_on_the_database_backend(content):
    import io

    from django.core.management import call_command

    out = io.StringIO()
    call_command("search_status", stdout=out)
    assert "default:" in out.getvalue() and "reachable: yes" in out.getvalue()
    assert re.search(r"database index: \d+ documents", out.getvalue())


def test_editors_see_searches_that_found_nothing(admin_client, content):
    from wagtail.contrib.search_promotions.models import Query as LoggedQuery

    admin_client.get("/search/", {"q": "Zzyzx"})
    admin_client.get("/search/", {"q": "Zzyzx"})
    admin_client.get("/search/", {"q": "Cedar"})
    response = admin_client.get("/admin/reports/searches-without-results/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "zzyzx" in html and ">cedar<" not in html
    assert LoggedQuery.objects.get(query_string="zzyzx").outcome.searches_without_results == 2
    popular = admin_client.get("/admin/searchpicks/reports/search-terms/")
    assert popular.status_code == 200 and "cedar" in popular.content.decode()


def test_a_filter_option_shows_a_makers_name_as_written(client, content):
    """Option labels come from editors' data: they are escaped, never markup."""
    maker = ManufacturerFactory(name='B&M <Bolliger> "B&M"', slug="b-m")
    CoasterPageFactory(
        parent=ParkPage.objects.get(title="Cedar Point"), title="Cedar Gt", manufacturer=maker
    )
    html = client.get("/search/", {"q": "Cedar"}).content.decode()
    label = "B&amp;M &lt;Bolliger&gt; &quot;B&amp;M&quot;"
    assert f'<option value="b-m">{label} (1)</option>' in html
    chosen = client.get("/search/", {"q": "Cedar", "manufacturer": "b-m"}).content.decode()
    assert f'<option value="b-m" selected>{label} (1)</option>' in chosen
