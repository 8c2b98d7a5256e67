import pytest

from images.placeholders import placeholder_jpeg
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


# --- Browser runs: keep screenshots and HTML of every open page when a test fails ----------


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"report_{report.when}", report)


@pytest.fixture
def failure_artifacts(request):
    """Register Playwright pages with `watch(name, page)`; if the test fails, each page's
    screenshot and HTML go to test-artifacts/<test name>/ (gitignored) and the path is printed."""
    from django.conf import settings

    pages = {}
    yield lambda name, page: pages.__setitem__(name, page)
    report = getattr(request.node, "report_call", None)
    if report is None or not report.failed:
        return
    folder = settings.BASE_DIR / "test-artifacts" / request.node.name.replace("/", "_")
    folder.mkdir(parents=True, exist_ok=True)
    for name, page in pages.items():
        try:
            page.screenshot(path=str(folder / f"{name}.png"), full_page=True)
            (folder / f"{name}.html").write_text(page.content())
            (folder / f"{name}.url").write_text(page.url)
        except Exception as exc:  # noqa: BLE001 - a closed page must not hide the real failure
            (folder / f"{name}.error").write_text(repr(exc))
    print(f"\nBrowser artifacts (screenshots and HTML) saved in {folder}")


@pytest.fixture
def photo(tmp_path):
    """A photo file an editor uploads in the browser tests."""
    path = tmp_path / "steel-vengeance.jpg"
    path.write_bytes(placeholder_jpeg("Steel Vengeance").read())
    return path
