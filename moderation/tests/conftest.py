import pytest

from moderation.roles import EDITORS, MODERATORS, setup_moderation
from parks.factories import ParkPageFactory
from rides.factories import CoasterPageFactory


@pytest.fixture
def roles(db):
    """The groups and workflow the migrations create (re-applied: the command is idempotent)."""
    return setup_moderation()


@pytest.fixture
def make_user(roles, django_user_model):
    def make(username, group=None, superuser=False):
        user = django_user_model.objects.create_user(
            username,
            f"{username}@thrillwiki.test",
            "correct horse battery",
            first_name=username.capitalize(),
            last_name=f"Tester-{username}",
            is_superuser=superuser,
            is_staff=superuser,
        )
        if group:
            user.groups.add(roles.editors if group == EDITORS else roles.moderators)
        return user

    return make


@pytest.fixture
def editor(make_user):
    return make_user("edna", EDITORS)


@pytest.fixture
def moderator(make_user):
    return make_user("mo", MODERATORS)


@pytest.fixture
def other_moderator(make_user):
    return make_user("max", MODERATORS)


@pytest.fixture
def superuser(make_user):
    return make_user("root", superuser=True)


@pytest.fixture
def park(park_index, roles):
    return ParkPageFactory(parent=park_index, title="Cedar Point", slug="cedar-point")


@pytest.fixture
def live_ride(park):
    return CoasterPageFactory(
        parent=park, title="Millennium Force", slug="millennium-force", intro="Cable lift."
    )
