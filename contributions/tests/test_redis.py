"""The rate limit is counted in Redis, so every web process shares one count per address."""

import pytest
from django.core.cache import cache, caches
from django.urls import reverse

from contributions.models import Suggestion
from contributions.spam import WINDOW_SECONDS, _key
from operations.cache import ErrorTolerantRedisCache

pytestmark = [pytest.mark.redis, pytest.mark.django_db]


def test_the_hourly_count_per_address_lives_in_redis_and_expires(
    client, coaster, suggestion_data, settings, rf
):
    assert isinstance(caches["default"], ErrorTolerantRedisCache)
    settings.SUGGESTIONS_PER_HOUR = 1
    request = rf.post("/", REMOTE_ADDR="203.0.113.9")
    cache.delete(_key(request))
    url = reverse("suggest_correction", args=(coaster.pk,))

    first = client.post(url, suggestion_data(), REMOTE_ADDR="203.0.113.9")
    second = client.post(url, suggestion_data(value="94.7"), REMOTE_ADDR="203.0.113.9")
    assert (first.status_code, second.status_code) == (200, 429)
    assert Suggestion.objects.count() == 1

    redis = cache._cache.get_client(write=False)
    raw_key = cache.make_and_validate_key(_key(request))
    assert int(redis.get(raw_key)) == 2
    assert 0 < redis.ttl(raw_key) <= WINDOW_SECONDS
    assert "203.0.113.9" not in raw_key  # addresses are hashed
    cache.delete(_key(request))
