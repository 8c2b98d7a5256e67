from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps import Sitemap as PageSitemap
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from api.sitemaps import OpenDataSitemap
from home import views as home_views
from maps.sitemaps import MapSitemap
from operations import views as operations_views
from records.sitemaps import RecordsSitemap
from search import views as search_views

handler400 = "operations.errors.bad_request"
handler403 = "operations.errors.permission_denied"
handler404 = "operations.errors.page_not_found"
handler500 = "operations.errors.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", search_views.search, name="search"),
    path("search/autocomplete/", search_views.autocomplete, name="search_autocomplete"),
    path(
        "sitemap.xml",
        sitemap,
        {
            "sitemaps": {
                "wagtail": PageSitemap,
                "map": MapSitemap,
                "records": RecordsSitemap(),
                "open-data": OpenDataSitemap,
            }
        },
        name="sitemap",
    ),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz", operations_views.healthz, name="healthz"),
    path("readyz", operations_views.readyz, name="readyz"),
    path("", include("companies.urls")),
    path("", include("rides.urls")),
    path("", include("maps.urls")),
    path("", include("records.urls")),
    path("", include("api.urls")),  # open data: /api/v1/ and /data/
    path("", include("contributions.urls")),  # /suggest/<id>/ and <page url>history/
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
