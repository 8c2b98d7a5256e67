"""Replace Wagtail's welcome page with the ThrillWiki home page and point the site at it."""

from django.db import migrations


def create_homepage(apps, schema_editor):
    ContentType = apps.get_model("contenttypes.ContentType")
    Page = apps.get_model("wagtailcore.Page")
    Site = apps.get_model("wagtailcore.Site")
    Locale = apps.get_model("wagtailcore.Locale")
    HomePage = apps.get_model("home.HomePage")

    if HomePage.objects.exists():
        return
    page_type = ContentType.objects.get(model="page", app_label="wagtailcore")
    Page.objects.filter(content_type=page_type, slug="home", depth=2).delete()
    if Page.objects.filter(path="00010001").exists():
        return  # someone already built a tree here; leave it alone

    homepage = HomePage.objects.create(
        title="ThrillWiki",
        draft_title="ThrillWiki",
        slug="home",
        content_type=ContentType.objects.get_for_model(HomePage),
        path="00010001",
        depth=2,
        numchild=0,
        url_path="/home/",
        locale=Locale.objects.order_by("pk").first(),
        intro="The wiki of theme parks and rides.",
    )
    Page.objects.filter(depth=1).update(numchild=1)
    site = Site.objects.filter(is_default_site=True).first()
    if site:
        site.root_page_id = homepage.pk
        site.site_name = "ThrillWiki"
        site.save()
    else:
        Site.objects.create(
            hostname="localhost", root_page=homepage, is_default_site=True, site_name="ThrillWiki"
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0001_initial")]

    operations = [migrations.RunPython(create_homepage, migrations.RunPython.noop)]
