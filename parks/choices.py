"""The fixed vocabularies of park pages."""

from django.db import models


class ParkStatus(models.TextChoices):
    OPERATING = "operating", "Operating"
    CLOSED_TEMPORARILY = "closed_temporarily", "Closed temporarily"
    CLOSED_PERMANENTLY = "closed_permanently", "Closed permanently"
    UNDER_CONSTRUCTION = "under_construction", "Under construction"
    ANNOUNCED = "announced", "Announced"
    DEMOLISHED = "demolished", "Demolished"


class ParkType(models.TextChoices):
    THEME_PARK = "theme_park", "Theme park"
    AMUSEMENT_PARK = "amusement_park", "Amusement park"
    WATER_PARK = "water_park", "Water park"
    ANIMAL_PARK = "animal_park", "Animal park"
    OTHER = "other", "Other"
