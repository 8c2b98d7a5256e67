"""`load_demo` gives the local quick start an editor and a moderator, never production."""

import io

import pytest
from django.contrib.auth import authenticate, get_user_model

from home.management.commands.load_demo import Command
from moderation.roles import EDITORS, MODERATORS

pytestmark = pytest.mark.django_db


def run_accounts_step():
    out = io.StringIO()
    command = Command(stdout=out)
    command._editorial_accounts()
    return out.getvalue()


def test_demo_editor_and_moderator_get_their_roles_and_printed_passwords(roles):
    output = run_accounts_step()
    users = get_user_model().objects.filter(username__in=["editor", "moderator"])
    assert {(u.username, g.name) for u in users for g in u.groups.all()} == {
        ("editor", EDITORS),
        ("moderator", MODERATORS),
    }
    assert not any(u.is_superuser or u.is_staff for u in users)
    for username in ("editor", "moderator"):
        line = next(line for line in output.splitlines() if f"username {username}," in line)
        password = line.rsplit("password ", 1)[1].strip()
        assert authenticate(username=username, password=password) is not None

    # Running again resets the passwords and keeps one account each.
    second = run_accounts_step()
    assert "Reset the password of the local editor" in second
    assert get_user_model().objects.filter(username="editor").count() == 1


def test_production_settings_never_get_demo_accounts(roles, settings):
    settings.SETTINGS_MODULE = "thrillwiki.settings.production"
    output = run_accounts_step()
    assert "no demo editor or moderator accounts" in output
    assert not get_user_model().objects.filter(username__in=["editor", "moderator"]).exists()
