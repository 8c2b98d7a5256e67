"""Abstract page parts: page types import these and add only what is theirs."""

from core.models.base import (
    HERO_AND_GALLERY_PANELS,
    HERO_HELP,
    INTRO_HELP,
    BasePage,
    GalleryImage,
    page_tabs,
)
from core.models.mixins import ApproximateDate, DatePrecision, OperatingHistory

__all__ = [
    "HERO_AND_GALLERY_PANELS",
    "HERO_HELP",
    "INTRO_HELP",
    "ApproximateDate",
    "BasePage",
    "DatePrecision",
    "GalleryImage",
    "OperatingHistory",
    "page_tabs",
]
