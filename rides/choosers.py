"""The ride-model chooser: it offers the models of the manufacturer chosen on the same form,
and can add a missing model without leaving the page being edited."""

from wagtail.admin.views.generic import chooser as chooser_views
from wagtail.admin.viewsets.chooser import ChooserViewSet
from wagtail.utils.registry import resolve_model_string

# rides.models uses this chooser's widget, so the model is named here, not imported.
RIDE_MODEL = "rides.RideModel"


class ManufacturerFilterMixin:
    """Narrows the list to one manufacturer's models when the editor has chosen one.

    The page form passes the manufacturer field's value as `?manufacturer=` (linked_fields);
    an empty or malformed value shows every model instead of failing.
    """

    def filter_object_list(self, objects):
        objects = super().filter_object_list(objects)
        manufacturer = self.request.GET.get("manufacturer", "")
        if manufacturer.isdigit():
            objects = objects.filter(manufacturer_id=int(manufacturer))
        return objects


class RideModelChooseView(ManufacturerFilterMixin, chooser_views.ChooseView):
    pass


class RideModelChooseResultsView(ManufacturerFilterMixin, chooser_views.ChooseResultsView):
    pass


class RideModelChooserViewSet(ChooserViewSet):
    model = RIDE_MODEL
    icon = "cogs"
    choose_one_text = "Choose a ride model"
    choose_another_text = "Choose another ride model"
    edit_item_text = "Edit this ride model"
    create_action_label = "Add this model"
    creation_tab_label = "Add a model"
    # A dotted path: the form imports rides.models, which imports this module.
    creation_form_class = "rides.admin_forms.RideModelCreationForm"
    preserve_url_parameters = ["multiple", "manufacturer"]
    choose_view_class = RideModelChooseView
    choose_results_view_class = RideModelChooseResultsView

    def get_object_list(self):
        return resolve_model_string(RIDE_MODEL).objects.select_related("manufacturer")


ride_model_chooser_viewset = RideModelChooserViewSet(
    "ride_model_chooser", url_prefix="ride-model-chooser"
)
