from django.urls import path, re_path

from contributions import views

urlpatterns = [
    path("suggest/<int:page_id>/", views.suggest_correction, name="suggest_correction"),
    # Before Wagtail's catch-all: `<park or ride url>history/`.
    re_path(r"^(?P<path>(?:[-\w]+/)+)history/$", views.page_history, name="page_history"),
]
