import django.db.models.deletion
import modelsearch.index
import taggit.managers
import wagtail.images.models
import wagtail.models.media
from django.conf import settings
from django.db import migrations, models


MOVED_MODELS = ("customimage", "customrendition")


def move_content_types(apps, schema_editor, old="home", new="images"):
    """Carry the content types over, so image tags (taggit's generic relation), log entries,
    references and permissions keep pointing at the same rows."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    db = schema_editor.connection.alias
    for model in MOVED_MODELS:
        if ContentType.objects.using(db).filter(app_label=new, model=model).exists():
            continue
        ContentType.objects.using(db).filter(app_label=old, model=model).update(app_label=new)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, old="images", new="home")



class Migration(migrations.Migration):

    initial = True

    dependencies = [
        # The tables were created by home 0001; this migration only moves the models' state.
        ('home', '0002_create_homepage'),
        ('contenttypes', '0002_remove_content_type_name'),
        ('taggit', '0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx'),
        ('wagtailcore', '0098_apitoken'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        # CustomImage and CustomRendition moved here from `home` with their tables
        # (home_customimage, home_customrendition): state only, no data is touched.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='CustomImage',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('title', models.CharField(max_length=255, verbose_name='title')),
                        ('file', wagtail.images.models.WagtailImageField(height_field='height', upload_to=wagtail.images.models.get_upload_to, verbose_name='file', width_field='width')),
                        ('description', models.CharField(blank=True, default='', max_length=255, verbose_name='description')),
                        ('width', models.IntegerField(editable=False, verbose_name='width')),
                        ('height', models.IntegerField(editable=False, verbose_name='height')),
                        ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='created at')),
                        ('focal_point_x', models.PositiveIntegerField(blank=True, null=True)),
                        ('focal_point_y', models.PositiveIntegerField(blank=True, null=True)),
                        ('focal_point_width', models.PositiveIntegerField(blank=True, null=True)),
                        ('focal_point_height', models.PositiveIntegerField(blank=True, null=True)),
                        ('file_size', models.PositiveIntegerField(editable=False, null=True)),
                        ('file_hash', models.CharField(blank=True, db_index=True, editable=False, max_length=40)),
                        ('alt_text', models.CharField(help_text='Describe the photo for readers who cannot see it.', max_length=255)),
                        ('credit', models.CharField(help_text='Photographer or rights holder.', max_length=255)),
                        ('licence', models.CharField(choices=[('cc0', 'CC0 (public domain dedication)'), ('public-domain', 'Public domain'), ('cc-by-4.0', 'CC BY 4.0'), ('cc-by-sa-4.0', 'CC BY-SA 4.0'), ('permission', "Used with the rights holder's permission"), ('own-work', "Contributor's own work, licensed to ThrillWiki")], max_length=32)),
                        ('source_url', models.URLField(blank=True, help_text='Where the original was published.')),
                        ('collection', models.ForeignKey(default=wagtail.models.media.get_root_collection_id, on_delete=django.db.models.deletion.CASCADE, related_name='+', to='wagtailcore.collection', verbose_name='collection')),
                        ('tags', taggit.managers.TaggableManager(blank=True, help_text=None, through='taggit.TaggedItem', to='taggit.Tag', verbose_name='tags')),
                        ('uploaded_by_user', models.ForeignKey(blank=True, editable=False, null=True, on_delete=django.db.models.deletion.SET_NULL, to=settings.AUTH_USER_MODEL, verbose_name='uploaded by user')),
                    ],
                    options={
                        'db_table': 'home_customimage',
                    },
                    bases=(wagtail.images.models.ImageFileMixin, modelsearch.index.Indexed, models.Model),
                ),
                migrations.CreateModel(
                    name='CustomRendition',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('filter_spec', models.CharField(db_index=True, max_length=255)),
                        ('file', wagtail.images.models.WagtailImageField(height_field='height', storage=wagtail.images.models.get_rendition_storage, upload_to=wagtail.images.models.get_rendition_upload_to, width_field='width')),
                        ('width', models.IntegerField(editable=False)),
                        ('height', models.IntegerField(editable=False)),
                        ('focal_point_key', models.CharField(blank=True, default='', editable=False, max_length=16)),
                        ('image', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='renditions', to='images.customimage')),
                    ],
                    options={
                        'db_table': 'home_customrendition',
                        'unique_together': {('image', 'filter_spec', 'focal_point_key')},
                    },
                    bases=(wagtail.images.models.ImageFileMixin, models.Model),
                ),
            ],
            database_operations=[],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
