"""The fixed vocabularies of ride pages and ride models."""

from django.db import models


class RideCategory(models.TextChoices):
    ROLLER_COASTER = "roller_coaster", "Roller coaster"
    DARK_RIDE = "dark_ride", "Dark ride"
    FLAT_RIDE = "flat_ride", "Flat ride"
    WATER_RIDE = "water_ride", "Water ride"
    TRANSPORT = "transport", "Transport"
    OTHER = "other", "Other"


class RideStatus(models.TextChoices):
    OPERATING = "operating", "Operating"
    CLOSED_TEMPORARILY = "closed_temporarily", "Closed temporarily"
    SBNO = "sbno", "Standing but not operating"
    CLOSED_PERMANENTLY = "closed_permanently", "Closed permanently"
    UNDER_CONSTRUCTION = "under_construction", "Under construction"
    ANNOUNCED = "announced", "Announced"
    RELOCATED = "relocated", "Relocated"
    DEMOLISHED = "demolished", "Demolished"


class TrackMaterial(models.TextChoices):
    STEEL = "steel", "Steel"
    WOOD = "wood", "Wood"
    HYBRID = "hybrid", "Hybrid"


class CoasterType(models.TextChoices):
    SIT_DOWN = "sit_down", "Sit-down"
    INVERTED = "inverted", "Inverted"
    FLYING = "flying", "Flying"
    WING = "wing", "Wing"
    DIVE = "dive", "Dive"
    FLOORLESS = "floorless", "Floorless"
    STAND_UP = "stand_up", "Stand-up"
    BOBSLED = "bobsled", "Bobsled"
    SPINNING = "spinning", "Spinning"
    WILD_MOUSE = "wild_mouse", "Wild mouse"
    SUSPENDED = "suspended", "Suspended"
    FOURTH_DIMENSION = "fourth_dimension", "4th dimension"
    MINE_TRAIN = "mine_train", "Mine train"
    FAMILY = "family", "Family"
    OTHER = "other", "Other"


class LaunchType(models.TextChoices):
    CHAIN_LIFT = "chain_lift", "Chain lift"
    CABLE_LIFT = "cable_lift", "Cable lift"
    TIRE_LIFT = "tire_lift", "Tyre-driven lift"
    LSM_LAUNCH = "lsm_launch", "LSM launch"
    LIM_LAUNCH = "lim_launch", "LIM launch"
    HYDRAULIC_LAUNCH = "hydraulic_launch", "Hydraulic launch"
    PNEUMATIC_LAUNCH = "pneumatic_launch", "Pneumatic launch"
    VERTICAL_LIFT = "vertical_lift", "Vertical lift"
    NONE = "none", "None"
    OTHER = "other", "Other"
