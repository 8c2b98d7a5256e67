"""The image models moved from `home` to `images` without touching a row: a database built by
the migrations before the move keeps its photos, renditions, tags and the pages that use them."""

import pytest
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

from home.models import HomePage
from images.models import CustomImage, CustomRendition

# Transactional (migrations cannot run inside the test's transaction); serialized_rollback puts
# back the rows that data migrations made (root collection, home page) for later tests.
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

# The newest migration of each app that the move touches, as they stood before it.
BEFORE_THE_MOVE = [
    ("home", "0002_create_homepage"),
    ("parks", "0003_date_precision"),
    ("rides", "0002_date_precision"),
    ("images", None),
]


def migrate(targets):
    """Migrate the test database to `targets` and return the historical apps there."""
    executor = MigrationExecutor(connection)
    executor.migrate(targets)
    executor.loader.build_graph()
    return executor.loader.project_state([t for t in targets if t[1] is not None]).apps


def latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


@pytest.fixture
def database_before_the_move():
    """A photo with a rendition and a tag, used as the home page's listing image, written
    through the models as they were before the move; the database ends at the newest state."""
    old = migrate(BEFORE_THE_MOVE)
    Image = old.get_model("home", "CustomImage")
    Rendition = old.get_model("home", "CustomRendition")
    Collection = old.get_model("wagtailcore", "Collection")
    Tag = old.get_model("taggit", "Tag")
    TaggedItem = old.get_model("taggit", "TaggedItem")
    OldContentType = old.get_model("contenttypes", "ContentType")
    image = Image.objects.create(
        title="Millennium Force lift hill",
        file="original_images/lift.jpg",
        width=1200,
        height=750,
        alt_text="A blue coaster lift hill against the sky",
        credit="Test Photographer",
        licence="cc-by-4.0",
        collection=Collection.objects.get(depth=1),
    )
    Rendition.objects.create(
        image=image,
        filter_spec="max-1600x1200",
        file="images/lift.max-1600x1200.jpg",
        width=1200,
        height=750,
    )
    image_type, _ = OldContentType.objects.get_or_create(app_label="home", model="customimage")
    TaggedItem.objects.create(
        tag=Tag.objects.create(name="lift hill", slug="lift-hill"),
        content_type=image_type,
        object_id=image.pk,
    )
    old.get_model("home", "HomePage").objects.update(listing_image=image)
    migrate(latest())
    return image.pk


def test_a_photo_in_use_keeps_its_rows_tags_renditions_and_foreign_keys(database_before_the_move):
    image = CustomImage.objects.get(pk=database_before_the_move)
    assert (image.title, image.credit, image.alt_text) == (
        "Millennium Force lift hill",
        "Test Photographer",
        "A blue coaster lift hill against the sky",
    )
    assert CustomRendition.objects.get(image=image).filter_spec == "max-1600x1200"
    assert HomePage.objects.get().listing_image == image

    # Its content type moved with it, so the generic relations (tags) still find it.
    assert ContentType.objects.filter(app_label="images", model="customimage").exists()
    assert not ContentType.objects.filter(app_label="home", model="customimage").exists()
    assert list(image.tags.names()) == ["lift hill"]

    # Same tables, and the page's foreign key still points at the same one.
    tables = set(connection.introspection.table_names())
    assert {"home_customimage", "home_customrendition"} <= tables
    assert not {"images_customimage", "images_customrendition"} & tables
    with connection.cursor() as cursor:
        constraints = connection.introspection.get_constraints(cursor, "home_homepage")
    targets = {c["foreign_key"] for c in constraints.values() if c["foreign_key"]}
    assert ("home_customimage", "id") in targets
