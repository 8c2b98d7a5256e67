from django.urls import path

from api import data_views
from api.api import api

urlpatterns = [
    path("api/v1/", api.urls),
    path("data/", data_views.data_page, name="open_data"),
    path("data/<str:name>", data_views.data_file, name="open_data_file"),
]
