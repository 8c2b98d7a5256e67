"""Settings shared by every deployment, top to bottom. Secure by default: DEBUG off, no
fallback secret.

Everything that differs between deployments comes from the environment (see .env.example),
and each variable is read once, here; dev.py and production.py only change what they must.
Settings import no app (lint-imports holds this); helpers live beside them in this package.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url

from search.backends import search_backends
from thrillwiki.logging import logging_config
from thrillwiki.security import (
    content_security_policy,
    lockout_parameters,
    s3_media_origins,
    tile_origin,
    trusted_proxies,
)
from thrillwiki.sentry import init_sentry
from thrillwiki.settings.cache import cache_backends
from thrillwiki.settings.database import bounded_database
from thrillwiki.settings.env import env
from thrillwiki.settings.frontend_cache import frontend_cache_backends
from thrillwiki.settings.storage import local_storages, s3_client_config, s3_storages

BASE_DIR = Path(__file__).resolve().parent.parent.parent

# --- Core -----------------------------------------------------------------------------------
DEBUG = False
SECRET_KEY = env("SECRET_KEY", "")
ALLOWED_HOSTS = env("ALLOWED_HOSTS", [], list)
CSRF_TRUSTED_ORIGINS = env("CSRF_TRUSTED_ORIGINS", [], list)
ROOT_URLCONF = "thrillwiki.urls"
WSGI_APPLICATION = "thrillwiki.wsgi.application"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    # First: a test database restored from its serialized copy (serialized_rollback) then gets
    # the content types back before Wagtail's workflow tasks, which look theirs up when built.
    "django.contrib.contenttypes",
    # ThrillWiki, lowest layer last (see [tool.importlinter] in pyproject.toml).
    "bench",  # `generate_data`: the benchmark's dataset
    "api",  # open data: /api/v1/ (django-ninja), export_open_data and /data/
    "home",  # the home page and the demo loader
    "maps",  # /map/, its GeoJSON and "nearby parks" (no models)
    "records",  # /records/, /stats/, timelines and Atom feeds (no models)
    "search",  # /search/, the engine wrapper and the search log
    "contributions",  # sources per fact, public history, readers' suggested corrections
    "parks",  # the park index, park pages and areas
    "rides",  # ride pages and ride models
    "companies",  # companies (wagtail-modeladmin) and their choosers
    "moderation",  # roles and the approval workflow; overrides Wagtail's notification emails,
    # so it comes before wagtail.admin
    "operations",  # health, request logging, caching, purging, worker commands
    "backups",  # manage.py backup / restore
    "core",  # abstract base page, blocks, the filter contract, the htmx helper
    "images",  # CustomImage (WAGTAILIMAGES_IMAGE_MODEL), uploads, renditions
    # Wagtail
    "wagtail.contrib.redirects",  # editors' redirects (RedirectMiddleware)
    "wagtail.contrib.sitemaps",  # /sitemap.xml
    "wagtail.contrib.search_promotions",  # promoted results and the search-terms report
    "wagtail.contrib.frontend_cache",  # CDN purging on publish (WAGTAILFRONTENDCACHE)
    "wagtail.embeds",  # embeds in rich text
    "wagtail.sites",  # the sites admin
    "wagtail.users",  # the users and groups admin
    "wagtail.snippets",  # snippet choosers (used by the admin)
    "wagtail.documents",  # /documents/
    "wagtail.images",  # the image admin and renditions
    "wagtail.search",  # search backends (WAGTAILSEARCH_BACKENDS)
    "wagtail.admin",  # /admin/
    "wagtail",  # pages, revisions, workflows
    "wagtail_modeladmin",  # the company and ride-model admin
    "modelcluster",  # inline child objects on pages (areas, galleries)
    "taggit",  # image tags
    # Third party
    "django_countries",  # ISO country fields
    "django_htmx",  # request.htmx (HtmxMiddleware)
    "django_tasks",  # background tasks
    "django_tasks_db",  # the database task queue (production, `run_worker`)
    "csp",  # Content-Security-Policy (thrillwiki.security)
    "axes",  # login throttling
    "ninja",  # the open data API's framework (its Swagger UI assets)
    # Django
    "django.contrib.admin",  # /django-admin/
    "django.contrib.auth",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",  # PostgreSQL lookups and indexes
]

MIDDLEWARE = [
    "operations.middleware.RequestLogMiddleware",  # first: every log line gets the request ID
    "operations.middleware.HealthCheckMiddleware",  # probes bypass host checks and caches
    "core.memo.RequestMemoMiddleware",  # restrictions, content version: once per request
    "operations.middleware.KeptRestrictionsMiddleware",  # restrictions per content version
    "operations.protocol.ProtocolMiddleware",  # HEAD/OPTIONS/TRACE, bad Host headers
    "django.middleware.security.SecurityMiddleware",  # HTTPS redirect, HSTS, nosniff
    "thrillwiki.security.ContentSecurityPolicyMiddleware",  # CSP header, with a nonce
    "django_permissions_policy.PermissionsPolicyMiddleware",  # Permissions-Policy header
    # HTML pages gzipped for browsers that accept it (Django's padding against BREACH); static
    # files come precompressed from WhiteNoise in production.
    "thrillwiki.compression.PageGZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",  # static files, before anything slower
    "api.middleware.OpenDataMiddleware",  # /api/ only: CORS for GET, rate limit
    "django.middleware.http.ConditionalGetMiddleware",  # ETag -> 304 Not Modified
    "operations.middleware.AnonymousPageCacheMiddleware",  # whole anonymous pages from cache
    "api.middleware.VersionValidatorsMiddleware",  # /api/ only: ETags, kept with the answer
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",  # request.htmx
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",  # editors' redirects
    "images.middleware.StorageOutageMiddleware",  # an S3 outage is a 503, not a 500
    "operations.outages.DatabaseOutageMiddleware",  # a database outage is a styled 503
    "operations.sites.CachedSiteMiddleware",  # the Site per content version; inside the 503
    "operations.throttle.PagePasswordThrottleMiddleware",  # page-password guesses throttled
    "operations.middleware.CacheHeadersMiddleware",  # Cache-Control; closest to the view
    "axes.middleware.AxesMiddleware",  # turns a locked-out login into the lockout page; last
]

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
# DATABASE_URL selects PostgreSQL (postgres://user@host:5432/name); without it, embedded SQLite.
DATABASE_URL = env("DATABASE_URL", "")
# PostgreSQL gets a connect timeout (seconds) and a statement timeout (ms; 0 = none), so a
# hung server answers a request with a 503 instead of a worker timeout (operations/database.py).
DATABASES = {
    "default": bounded_database(
        dj_database_url.parse(
            DATABASE_URL or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
            conn_max_age=env("DB_CONN_MAX_AGE", 60, int),
            conn_health_checks=True,
        ),
        connect_timeout=env("DB_CONNECT_TIMEOUT", 3, int),
        statement_timeout_ms=env("DB_STATEMENT_TIMEOUT_MS", 10_000, int),
        # SSD storage (see thrillwiki/settings/database.py); empty keeps the server's own.
        random_page_cost=env("DB_RANDOM_PAGE_COST", "1.1"),
    )
}

# --- Cache ----------------------------------------------------------------------------------
# Redis is an accelerator (outages are cache misses); without it, per-process memory.
REDIS_URL = env("REDIS_URL", "")
CACHES = cache_backends(REDIS_URL, env("CACHE_KEY_PREFIX", "thrillwiki"))

# --- Auth -----------------------------------------------------------------------------------
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Internationalisation -------------------------------------------------------------------
LANGUAGE_CODE = "en-us"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

# --- Static and media -----------------------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = env("MEDIA_URL", "/media/")
MEDIA_ROOT = env("MEDIA_ROOT", str(BASE_DIR / "media"))

# AWS_STORAGE_BUCKET_NAME switches media to S3: private originals, public renditions (see
# thrillwiki/settings/storage.py). Credentials come from AWS_ACCESS_KEY_ID /
# AWS_SECRET_ACCESS_KEY or the instance role, read by boto3 itself.
AWS_STORAGE_BUCKET_NAME = env("AWS_STORAGE_BUCKET_NAME", "")
_s3_location = {
    "endpoint_url": env("AWS_S3_ENDPOINT_URL", None),
    "region_name": env("AWS_S3_REGION_NAME", None),
    "custom_domain": env("AWS_S3_CUSTOM_DOMAIN", None),
    "addressing_style": env("AWS_S3_ADDRESSING_STYLE", None),
}
if AWS_STORAGE_BUCKET_NAME:
    MEDIA_STORAGES = s3_storages(
        AWS_STORAGE_BUCKET_NAME,
        **_s3_location,
        client_config=s3_client_config(
            addressing_style=_s3_location["addressing_style"],
            connect_timeout=env("AWS_S3_CONNECT_TIMEOUT", 2, float),
            read_timeout=env("AWS_S3_READ_TIMEOUT", 10, float),
            max_attempts=env("AWS_S3_MAX_ATTEMPTS", 3, int),
        ),
    )
else:
    MEDIA_STORAGES = local_storages()

STORAGES = {
    **MEDIA_STORAGES,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
WAGTAILIMAGES_RENDITION_STORAGE = "renditions"

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# --- Wagtail --------------------------------------------------------------------------------
WAGTAIL_SITE_NAME = "ThrillWiki"
WAGTAILADMIN_BASE_URL = env("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILIMAGES_IMAGE_MODEL = "images.CustomImage"
WAGTAILIMAGES_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "avif"]
WAGTAILDOCS_EXTENSIONS = ["pdf", "txt"]
# Document uploads are checked like photos and served only once a public page links them
# (operations/documents.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "operations.documents.SafeDocumentForm"
DOCUMENT_MAX_UPLOAD_SIZE = env("DOCUMENT_MAX_UPLOAD_MB", 20, int) * 1024 * 1024
WAGTAILSEARCH_BACKENDS = search_backends()
# Seconds one search may wait for the engine before the database answers (docs/search.md).
SEARCH_TIME_BUDGET = env("SEARCH_TIME_BUDGET", 1.5, float)
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_ENABLE_UPDATE_CHECK = False

# --- Background tasks -----------------------------------------------------------------------
# Immediate in dev and tests; production switches to the database queue run by `db_worker`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# --- Email ----------------------------------------------------------------------------------
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "ThrillWiki <noreply@thrillwiki.example>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
# Unset: SMTP here, the console in dev (dev.py).
_email_backend = env("EMAIL_BACKEND", "")
EMAIL_BACKEND = _email_backend or "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = env("EMAIL_HOST", "localhost")
EMAIL_PORT = env("EMAIL_PORT", 587, int)
EMAIL_HOST_USER = env("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env("EMAIL_USE_TLS", True, bool)

# --- Readers' suggested corrections (contributions app) -------------------------------------
# Per client address and hour, counted in the cache (Redis in production).
SUGGESTIONS_PER_HOUR = env("SUGGESTIONS_PER_HOUR", 5, int)
# A form sent sooner than this after it was shown was filled by a script.
SUGGESTION_MIN_FILL_SECONDS = env("SUGGESTION_MIN_FILL_SECONDS", 3, int)

# --- Logging --------------------------------------------------------------------------------
LOGGING = logging_config(env("LOG_FORMAT", "text"), env("LOG_LEVEL", "INFO"))

# --- Security (tightened further in production.py) ------------------------------------------
SESSION_COOKIE_HTTPONLY = True
X_FRAME_OPTIONS = "SAMEORIGIN"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# --- Photos: upload limits, rendition cache and tasks ----------------------------------------
# Uploads above either limit are refused from the file header (home/uploads.py).
WAGTAILIMAGES_MAX_UPLOAD_SIZE = env("IMAGE_MAX_UPLOAD_MB", 20, int) * 1024 * 1024
# The pixel cap bounds decoding memory: a 7000x7000 PNG (49 MP) took a rendition task to 1.3 GB;
# 24 MP (a 6000x4000 camera photo) is the most a photo on the site needs (docs/serving.md).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = env("IMAGE_MAX_MEGAPIXELS", 24, int) * 1_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "images.forms.CustomImageForm"
# Attempts a rendition task makes (1, 4, 16, 64 minutes apart) when storage is unreachable.
RENDITION_TASK_ATTEMPTS = env("RENDITION_TASK_ATTEMPTS", 5, int)

# --- Operations: request logging, health, error pages, caching -------------------------------
CSRF_FAILURE_VIEW = "operations.errors.csrf_failure"

# Seconds each optional readiness check (cache, search, media) may take before /readyz
# reports it degraded; the database check is bounded by DB_CONNECT_TIMEOUT.
READINESS_CHECK_TIMEOUT = env("READINESS_CHECK_TIMEOUT", 1.5, float)
# Requests slower than this are logged as warnings with their query count and time.
SLOW_REQUEST_MS = env("SLOW_REQUEST_MS", 1000, int)
# Browsers and CDNs may keep anonymous pages this long (Cache-Control: public, max-age).
PUBLIC_CACHE_MAX_AGE = env("PUBLIC_CACHE_MAX_AGE", 60, int)
# Server-side cache of whole anonymous pages, in seconds; 0 turns it off.
PAGE_CACHE_SECONDS = env("PAGE_CACHE_SECONDS", 0, int)
# Bytes of kept pages each web process also holds itself, so a hit reads only the content
# version from Redis, not the page (operations.local_copies); 0 turns that off.
PAGE_CACHE_LOCAL_BYTES = env("PAGE_CACHE_LOCAL_BYTES", 32 * 1024 * 1024, int)

# After a Redis timeout or connection error, every Redis alias skips Redis for this long.
REDIS_BREAKER_SECONDS = env("REDIS_BREAKER_SECONDS", 15, float)

# Frontend cache (CDN) purging on publish; empty = no purging.
WAGTAILFRONTENDCACHE = frontend_cache_backends()

SENTRY_DSN = env("SENTRY_DSN", "")
init_sentry(
    SENTRY_DSN,
    environment=env("SENTRY_ENVIRONMENT", "production"),
    traces_sample_rate=env("SENTRY_TRACES_SAMPLE_RATE", 0.0, float),
    release=env("SENTRY_RELEASE", ""),
)

# --- Map (maps app; README "Public pages" > "Map") ------------------------------------------
# Leaflet tile URL template and its attribution (HTML); the tile origin joins the CSP img-src.
MAP_TILE_URL = env("MAP_TILE_URL", "https://tile.openstreetmap.org/{z}/{x}/{y}.png")
MAP_TILE_ATTRIBUTION = env(
    "MAP_TILE_ATTRIBUTION",
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
)
# /map/parks.geojson is kept in the cache this long per filter (0: built on every request);
# a publish makes a new key at once (content version).
MAP_GEOJSON_CACHE_SECONDS = env("MAP_GEOJSON_CACHE_SECONDS", 600, int)
# "Nearby parks" on a park page: operating parks within this many km (about 3 hours by road).
MAP_NEARBY_RADIUS_KM = env("MAP_NEARBY_RADIUS_KM", 300.0, float)

# --- Hardening: CSP, Permissions-Policy, login throttling ------------------------------------
# See thrillwiki/security.py and docs/security.md.
CSP_MEDIA_URLS = [MEDIA_URL, *s3_media_origins(AWS_STORAGE_BUCKET_NAME, **_s3_location)]
# Unset: off here, on in production (production.py).
_csp_upgrade = env("CSP_UPGRADE_INSECURE_REQUESTS", None, bool)
_csp_sources = {
    "media_urls": CSP_MEDIA_URLS,
    # Map tiles load as images from MAP_TILE_URL's origin.
    "extra_img_origins": [*env("CSP_EXTRA_IMG_SRC", [], list), tile_origin(MAP_TILE_URL)],
    "report_uri": env("CSP_REPORT_URI", None),
}
CONTENT_SECURITY_POLICY, ADMIN_CONTENT_SECURITY_POLICY = content_security_policy(
    **_csp_sources, upgrade_insecure_requests=bool(_csp_upgrade)
)
# The Wagtail admin (including page previews) and Django's admin get the admin policy.
ADMIN_CSP_URL_PREFIXES = ["/admin/", "/django-admin/"]
# Avatars are drawn locally instead of fetched from gravatar.com: no third-party image
# requests from the admin, and no admin e-mail hashes sent elsewhere.
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Browser features the site never uses are switched off for it and anything it embeds.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "usb",
        "browsing-topics",
    )
}

# django-axes: lock out repeated failed logins (Wagtail admin and Django admin alike).
AUTHENTICATION_BACKENDS = [
    "thrillwiki.auth.LoginThrottleBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env("AXES_FAILURE_LIMIT", 5, int)
# 0 keeps an account locked until an administrator resets it (manage.py axes_reset_username).
AXES_COOLOFF_TIME = timedelta(minutes=env("AXES_COOLOFF_MINUTES", 15, int)) or None
AXES_LOCKOUT_PARAMETERS = lockout_parameters(
    env("AXES_LOCKOUT_PARAMETERS", ["username+ip_address"], list)
)
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "thrillwiki.security.lockout_response"
AXES_CLIENT_IP_CALLABLE = "thrillwiki.security.client_ip"
# Addresses/networks of the proxies in front of the app (nginx on loopback, a load balancer);
# X-Forwarded-For is believed only from them (thrillwiki.security.client_ip).
TRUSTED_PROXIES = trusted_proxies(env("TRUSTED_PROXIES", ["127.0.0.1", "::1"], list))

# --- Backups (manage.py backup / restore; see docs/backups.md) -------------------------------
BACKUP_DIR = env("BACKUP_DIR", str(BASE_DIR / "backups-archive"))

# --- Open data: the read API at /api/v1/ and the bulk downloads at /data/ (api app) ---------
# Requests one client (address, see TRUSTED_PROXIES) may make per minute; 0 = no limit.
CORS_PREFLIGHT_PREFIXES = ["/api/"]  # they answer CORS preflights (OPTIONS) themselves
API_RATE_LIMIT_PER_MINUTE = env("API_RATE_LIMIT_PER_MINUTE", 120, int)
