from django.urls import include, path, reverse
from wagtail import hooks
from wagtail.admin.menu import AdminOnlyMenuItem

from search.reports import SearchesWithoutResultsView

report_urls = (
    [
        path("", SearchesWithoutResultsView.as_view(), name="without_results"),
        path(
            "results/",
            SearchesWithoutResultsView.as_view(results_only=True),
            name="without_results_results",
        ),
    ],
    "search_reports",
)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [path("reports/searches-without-results/", include(report_urls))]


@hooks.register("register_reports_menu_item")
def register_searches_without_results_menu_item():
    return AdminOnlyMenuItem(
        "Searches that found nothing",
        reverse("search_reports:without_results"),
        name="searches-without-results",
        icon_name="search",
        order=1310,
    )
