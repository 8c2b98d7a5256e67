"""Media storage configuration: local `media/` by default, S3 (django-storages) with a bucket.

One function builds the STORAGES entries so settings and the test fixtures that point media at
a moto S3 server share the same layout:

- `default` holds originals under the `originals/` prefix. They are private: every object is
  written with a private ACL and read through the S3 API with signed URLs, never linked publicly.
- `renditions` holds Wagtail's resized images under `renditions/`. They are public-read, cached
  for a year by browsers and CDNs (their names change when the image does), and their URLs point
  at AWS_S3_CUSTOM_DOMAIN (a CDN) when one is set.
"""

RENDITION_CACHE_CONTROL = "public, max-age=31536000, immutable"


def s3_client_config(*, addressing_style=None, connect_timeout=2, read_timeout=10, max_attempts=3):
    """botocore client settings: short timeouts and few retries, so an S3 outage fails an
    upload or a background task quickly instead of holding a worker for minutes."""
    from botocore.config import Config

    return Config(
        s3={"addressing_style": addressing_style},
        signature_version="s3v4",
        connect_timeout=connect_timeout,
        read_timeout=read_timeout,
        retries={"max_attempts": max_attempts, "mode": "standard"},
    )


def s3_storages(
    bucket,
    *,
    endpoint_url=None,
    region_name=None,
    custom_domain=None,
    addressing_style=None,
    url_protocol="https:",
    client_config=None,
):
    """STORAGES entries `default` (private originals) and `renditions` (public) for a bucket.

    Rendition URLs are built from the bucket name or custom domain alone (no request to S3),
    and files are never overwritten: a clashing name gets a random suffix.
    """
    common = {
        "bucket_name": bucket,
        "endpoint_url": endpoint_url,
        "region_name": region_name,
        "addressing_style": addressing_style,
        "file_overwrite": False,
        "signature_version": "s3v4",
        "url_protocol": url_protocol,
        "client_config": client_config or s3_client_config(addressing_style=addressing_style),
    }
    return {
        "default": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "location": "originals",
                "default_acl": "private",
                "querystring_auth": True,
            },
        },
        "renditions": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **common,
                "location": "renditions",
                "default_acl": "public-read",
                "querystring_auth": False,
                "custom_domain": custom_domain,
                "object_parameters": {"CacheControl": RENDITION_CACHE_CONTROL},
            },
        },
    }


def local_storages():
    """Media on the local filesystem (MEDIA_ROOT), originals and renditions side by side."""
    backend = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    return {"default": dict(backend), "renditions": dict(backend)}
