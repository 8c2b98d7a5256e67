"""Media storage layout on moto's S3 server: private originals, public renditions."""

import pytest
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage, storages

from thrillwiki.settings.storage import RENDITION_CACHE_CONTROL

pytestmark = [pytest.mark.s3]


def _grants(media, key):
    acl = media.client.get_object_acl(Bucket=media.bucket, Key=key)
    return {(g["Grantee"].get("URI", ""), g["Permission"]) for g in acl["Grants"]}


def test_originals_are_private_and_never_overwritten(s3):
    first = default_storage.save("original_images/coaster.jpg", ContentFile(b"one"))
    second = default_storage.save("original_images/coaster.jpg", ContentFile(b"two"))

    assert first != second
    assert s3.keys() == sorted([f"originals/{first}", f"originals/{second}"])
    assert ("http://acs.amazonaws.com/groups/global/AllUsers", "READ") not in _grants(
        s3, f"originals/{first}"
    )
    assert "X-Amz-Signature" in default_storage.url(first)


def test_renditions_are_public_cached_and_served_from_the_cdn_domain(s3):
    name = storages["renditions"].save("images/coaster.fill-480x320.jpg", ContentFile(b"jpeg"))
    key = f"renditions/{name}"

    head = s3.client.head_object(Bucket=s3.bucket, Key=key)
    assert head["CacheControl"] == RENDITION_CACHE_CONTROL
    assert head["ContentType"] == "image/jpeg"
    assert ("http://acs.amazonaws.com/groups/global/AllUsers", "READ") in _grants(s3, key)
    assert storages["renditions"].url(name) == f"https://{s3.custom_domain}/{key}"
