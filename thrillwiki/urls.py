from django.conf import settings
from django.contrib import admin
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import views as home_views
from operations import views as operations_views
from search import views as search_views

handler400 = "home.views.bad_request"
handler403 = "home.views.permission_denied"
handler404 = "home.views.page_not_found"
handler500 = "home.views.server_error"

urlpatterns = [
    path("django-admin/", admin.site.urls),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", search_views.search, name="search"),
    path("search/autocomplete/", search_views.autocomplete, name="search_autocomplete"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("healthz", operations_views.healthz, name="healthz"),
    path("readyz", operations_views.readyz, name="readyz"),
    path("", include("companies.urls")),
    path("", include("rides.urls")),
    path("", include("contributions.urls")),  # /suggest/<id>/ and <page url>history/
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

urlpatterns += [path("", include(wagtail_urls))]
