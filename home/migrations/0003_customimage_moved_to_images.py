import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('parks', '0004_images_customimage'),
        ('rides', '0003_images_customimage'),
        ('home', '0002_create_homepage'),
        ('images', '0001_initial'),
    ]

    operations = [
        # CustomImage and CustomRendition now live in `images` (images 0001), tables and rows unchanged.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='homepage',
                    name='listing_image',
                    field=models.ForeignKey(blank=True, help_text='Used on cards and for social sharing when it should differ from the hero image.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.customimage'),
                ),
                migrations.DeleteModel(
                    name='CustomRendition',
                ),
                migrations.DeleteModel(
                    name='CustomImage',
                ),
            ],
            database_operations=[],
        ),
    ]
