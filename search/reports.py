"""Admin report: searches that found nothing, most frequent first, so editors can write the
missing pages (Wagtail's own "Search terms" report lists the popular searches)."""

from wagtail.admin.auth import permission_denied
from wagtail.admin.ui.tables import Column, DateColumn, NumberColumn
from wagtail.admin.views.reports import ReportView

from search.models import QueryOutcome


class SearchesWithoutResultsView(ReportView):
    page_title = "Searches that found nothing"
    header_icon = "search"
    is_searchable = True
    search_fields = ["query__query_string"]
    default_ordering = "-searches_without_results"
    index_url_name = "search_reports:without_results"
    index_results_url_name = "search_reports:without_results_results"
    columns = [
        Column("query", label="Search term(s)", sort_key="query__query_string"),
        NumberColumn(
            "searches_without_results",
            label="Searches without results",
            sort_key="searches_without_results",
        ),
        DateColumn("last_searched_at", label="Last searched", sort_key="last_searched_at"),
    ]
    list_export = ["query", "searches_without_results", "last_searched_at"]
    export_headings = {
        "query": "Search term(s)",
        "searches_without_results": "Searches without results",
        "last_searched_at": "Last searched",
    }

    def get_base_queryset(self):
        return QueryOutcome.objects.filter(last_result_count=0).select_related("query")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_superuser:
            return permission_denied(request)
        return super().dispatch(request, *args, **kwargs)
