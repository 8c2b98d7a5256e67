"""Admin for companies and ride models (wagtail-modeladmin) and the company choosers."""

from wagtail import hooks
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from companies.choosers import ALL_CHOOSER_VIEWSETS
from companies.models import Company
from rides.models import RideModel


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


class RideModelAdmin(ModelAdmin):
    model = RideModel
    menu_icon = "cogs"
    list_display = ("name", "manufacturer", "category")
    list_filter = ("category", "manufacturer")
    list_select_related = ("manufacturer",)
    search_fields = ("name", "manufacturer__name")
    inspect_view_enabled = True
    inspect_view_fields = ("name", "slug", "manufacturer", "category", "description")


@modeladmin_register
class ReferenceDataGroup(ModelAdminGroup):
    menu_label = "Companies & models"
    menu_icon = "group"
    menu_order = 250
    items = (CompanyAdmin, RideModelAdmin)


@hooks.register("register_admin_viewset")
def register_company_choosers():
    return ALL_CHOOSER_VIEWSETS
