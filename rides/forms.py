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
    area = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)

    def __init__(self, data=None, *, areas=(), **kwargs):
        super().__init__(data, **kwargs)
        if areas:
            self.fields["area"].choices = [("", "All areas")] + [(a.pk, a.name) for a in areas]
        else:  # a park without areas offers no area filter
            del self.fields["area"]

    def apply_filters(self, queryset, filters):
        """`area` is the park area's id (the park page's area links use it)."""
        if "area" in filters:
            filters["park_area_id"] = filters.pop("area")
        return queryset.filter(**filters)

    @staticmethod
    def grouped(rides):
        """[(category label, [rides])] in the category order of RideCategory."""
        groups = {key: [] for key in RideCategory.values}
        for ride in rides:
            groups.setdefault(ride.category, []).append(ride)
        labels = dict(RideCategory.choices)
        return [(labels.get(key, key), items) for key, items in groups.items() if items]
