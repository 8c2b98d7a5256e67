"""Admin for ride models, in the "Companies & models" menu group with the company admin."""

from wagtail import hooks
from wagtail_modeladmin.options import ModelAdmin, ModelAdminGroup, modeladmin_register

from companies.admin import CompanyAdmin
from rides.choosers import ride_model_chooser_viewset
from rides.models import RideModel


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
def register_ride_model_chooser():
    return ride_model_chooser_viewset
