"""The company admin (wagtail-modeladmin). It is registered together with the ride-model admin
in the "Companies & models" menu group, by rides.wagtail_hooks (rides builds on companies)."""

from wagtail_modeladmin.options import ModelAdmin

from companies.models import Company


class CompanyAdmin(ModelAdmin):
    model = Company
    menu_icon = "group"
    list_display = ("name", "role_labels", "headquarters_country", "founded_year")
    list_filter = ("is_operator", "is_property_owner", "is_manufacturer", "is_designer")
    search_fields = ("name", "description")
    inspect_view_enabled = True
    inspect_view_fields = (
        "name",
        "slug",
        "role_labels",
        "website",
        "founded_year",
        "headquarters_country",
        "description",
    )
    ordering = ("name",)
