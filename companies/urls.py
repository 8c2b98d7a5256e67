from django.urls import path

from companies import views

app_name = "companies"

urlpatterns = [
    path("companies/<slug:slug>/", views.company_detail, name="company"),
    path("ride-models/<slug:slug>/", views.ride_model_detail, name="ride_model"),
]
