"""The real services this deployment runs on: PostgreSQL and Redis."""

import pytest
from django.conf import settings
from django.core.cache import cache
from django.db import connection
from wagtail.models import Page

from parks.factories import ParkPageFactory


@pytest.mark.postgres
@pytest.mark.django_db
def test_runs_on_postgresql_with_full_text_search(park_index):
    assert connection.vendor == "postgresql"
    assert "django.contrib.postgres" in settings.INSTALLED_APPS
    ParkPageFactory(parent=park_index, title="Phantasialand", intro="Taron and Black Mamba")
    ParkPageFactory(parent=park_index, title="Efteling", intro="Baron 1898")
    results = [page.title for page in Page.objects.live().search("Phantasialand")]
    assert results == ["Phantasialand"]


@pytest.mark.redis
def test_cache_is_redis_and_round_trips():
    assert settings.CACHES["default"]["BACKEND"].endswith("RedisCache")
    cache.set("thrillwiki:test", {"coasters": 17}, timeout=30)
    assert cache.get("thrillwiki:test") == {"coasters": 17}
    cache.delete("thrillwiki:test")
    assert cache.get("thrillwiki:test") is None
