"""The "Add a model" form of the ride-model chooser (rides.choosers)."""

from django import forms
from django.utils.text import slugify

from rides.models import RideModel


class RideModelCreationForm(forms.ModelForm):
    """Name, manufacturer and category are all an editor needs: the slug follows from them."""

    class Meta:
        model = RideModel
        fields = ["manufacturer", "name", "category"]

    def clean(self):
        cleaned = super().clean()
        manufacturer, name = cleaned.get("manufacturer"), cleaned.get("name")
        if manufacturer and name:
            slug = slugify(f"{manufacturer.name} {name}")[:255]
            if RideModel.objects.filter(slug=slug).exists():
                self.add_error("name", f"{manufacturer.name} already has a model with this name.")
            self.instance.slug = slug
        return cleaned
