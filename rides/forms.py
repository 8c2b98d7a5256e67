"""Forms for rides: the admin page form, and the public ride-list filter on park pages."""

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from home.forms import FilterForm

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
    """Category and status filter for a park's ride list."""

    category = forms.ChoiceField(required=False)
    status = forms.ChoiceField(required=False)

    def __init__(self, data=None, **kwargs):
        from rides.models import RideCategory, RideStatus

        super().__init__(data, **kwargs)
        self.fields["category"].choices = [("", "All categories"), *RideCategory.choices]
        self.fields["status"].choices = [("", "Any status"), *RideStatus.choices]

    def filter(self, rides):
        return rides.filter(**self.values)

    @staticmethod
    def grouped(rides):
        """[(category label, [rides])] in the category order of RideCategory."""
        from rides.models import RideCategory

        groups = {key: [] for key in RideCategory.values}
        for ride in rides:
            groups.setdefault(ride.category, []).append(ride)
        labels = dict(RideCategory.choices)
        return [(labels.get(key, key), items) for key, items in groups.items() if items]
