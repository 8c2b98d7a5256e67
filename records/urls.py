from django.urls import path

from records import feeds, timelines, views

app_name = "records"

urlpatterns = [
    path("records/", views.records, name="records"),
    path("stats/", views.census, name="census"),
    path("new/<int:year>/", timelines.new_in_year, name="new"),
    path("closed/<int:year>/", timelines.closed_in_year, name="closed"),
    path("pipeline/", timelines.pipeline, name="pipeline"),
    path("feeds/new/", feeds.NewPagesFeed(), name="feed_new"),
    path("feeds/updated/", feeds.UpdatedPagesFeed(), name="feed_updated"),
    path("feeds/new/<int:year>/", feeds.YearOpeningsFeed(), name="feed_year"),
    path("feeds/parks/<slug:slug>/", feeds.ParkFeed(), name="feed_park"),
    path("feeds/companies/<slug:slug>/", feeds.CompanyFeed(), name="feed_company"),
]
