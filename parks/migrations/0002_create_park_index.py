"""Create the /parks/ index under the home page, so a fresh site has its park list."""

from django.db import migrations


def create_park_index(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    HomePage = apps.get_model("home.HomePage")
    ParkIndexPage = apps.get_model("parks.ParkIndexPage")

    home = HomePage.objects.filter(depth=2).first()
    if home is None or ParkIndexPage.objects.exists() or home.numchild:
        return
    ParkIndexPage.objects.create(
        title="Parks",
        draft_title="Parks",
        slug="parks",
        content_type=ContentType.objects.get_for_model(ParkIndexPage),
        path=home.path + "0001",
        depth=home.depth + 1,
        numchild=0,
        url_path=home.url_path + "parks/",
        locale_id=home.locale_id,
        intro="Every park in the wiki. Filter by country, status, type or operator.",
    )
    HomePage.objects.filter(pk=home.pk).update(numchild=1)


class Migration(migrations.Migration):
    dependencies = [("parks", "0001_initial"), ("home", "0002_create_homepage")]

    operations = [migrations.RunPython(create_park_index, migrations.RunPython.noop)]
