from django.apps import AppConfig


class MapsConfig(AppConfig):
    """The map of the world's parks (/map/, its GeoJSON) and "nearby parks" on park pages.

    No models of its own: it reads parks.ParkPage (its indexed latitude and longitude).
    """

    name = "maps"
