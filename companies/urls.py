from django.urls import path

from companies import views

app_name = "companies"

urlpatterns = [
    path("companies/<slug:slug>/", views.company_detail, name="company"),
]
