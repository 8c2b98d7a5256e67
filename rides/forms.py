"""Forms for rides: the admin page form, and the public ride-list filter on park pages."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from core.forms import FilterForm
from rides.choices import RideCategory, RideStatus

OTHER_PARK_AREA = "Choose an area of this ride's own park."


class RidePageForm(WagtailAdminPageForm):
    """Offers only the areas of the ride's own park, and rejects any other park's area."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        field = self.fields.get("park_area")
        if field is None:
            return
        park = self.parent_page
        if park is None and self.instance.pk:
            park = self.instance.get_parent()
        if park is not None:
            field.queryset = field.queryset.filter(park_id=park.pk)
        field.error_messages["invalid_choice"] = OTHER_PARK_AREA


class RideFilterForm(FilterForm):
    """Category and status filter for a park's ride list (kept in the park's title order)."""

    category = forms.ChoiceField(
        required=False, choices=[("", "All categories"), *RideCategory.choices]
    )
    status = forms.ChoiceField(required=False, choices=[("", "Any status"), *RideStatus.choices])

    @staticmethod
    def grouped(rides):
        """[(category label, [rides])] in the category order of RideCategory."""
        groups = {key: [] for key in RideCategory.values}
        for ride in rides:
            groups.setdefault(ride.category, []).append(ride)
        labels = dict(RideCategory.choices)
        return [(labels.get(key, key), items) for key, items in groups.items() if items]
