from django.urls import path

from maps import views

app_name = "maps"

urlpatterns = [
    path("map/", views.map_page, name="map"),
    path("map/parks.geojson", views.parks_geojson, name="parks_geojson"),
]
