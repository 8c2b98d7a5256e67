import datetime

import pytest

from contributions.forms import fill_token
from moderation.roles import EDITORS, setup_moderation

# Browser runs keep screenshots and HTML of every open page when a test fails (moderation's).
from moderation.tests.conftest import failure_artifacts, pytest_runtest_makereport  # noqa: F401
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory, RidePageFactory


@pytest.fixture
def roles(db):
    """Editors, Moderators and the workflow (re-applied: a flushed database loses them)."""
    return setup_moderation()


@pytest.fixture
def make_user(roles, django_user_model):
    def make(username, group=None, superuser=False):
        user = django_user_model.objects.create_user(
            username,
            f"{username}@thrillwiki.test",
            "correct horse battery",
            first_name=username.capitalize(),
            last_name="Tester",
            is_superuser=superuser,
            is_staff=superuser,
        )
        if group:
            user.groups.add(roles.editors if group == EDITORS else roles.moderators)
        return user

    return make


@pytest.fixture
def park(park_index):
    return ParkPageFactory(
        parent=park_index,
        title="Cedar Point",
        slug="cedar-point",
        opening_date=datetime.date(1870, 6, 1),
    )


@pytest.fixture
def coaster(park):
    return CoasterPageFactory(
        parent=park,
        title="Millennium Force",
        slug="millennium-force",
        opening_date=datetime.date(2000, 5, 13),
    )


@pytest.fixture
def dark_ride(park):
    return RidePageFactory(parent=park, title="Snake River Expedition", slug="snake-river")


@pytest.fixture
def suggestion_data():
    """A reader's honest suggestion, sent a minute after the form was shown."""

    def data(**fields):
        return {
            "fact": "height_m",
            "value": "94.6",
            "source_url": "https://www.cedarpoint.com/",
            "note": "",
            "email": "",
            "homepage": "",
            "started": fill_token(datetime.datetime.now().timestamp() - 60),
            **fields,
        }

    return data
