from django.urls import path

from rides import views

app_name = "rides"

urlpatterns = [
    path("ride-models/<slug:slug>/", views.ride_model_detail, name="ride_model"),
]
