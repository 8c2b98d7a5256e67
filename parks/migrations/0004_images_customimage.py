import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('images', '0001_initial'),
        ('parks', '0003_date_precision'),
    ]

    operations = [
        # The image table kept its name (home_customimage): the foreign keys already point at it.
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='parkgalleryimage',
                    name='image',
                    field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='images.customimage'),
                ),
                migrations.AlterField(
                    model_name='parkindexpage',
                    name='listing_image',
                    field=models.ForeignKey(blank=True, help_text='Used on cards and for social sharing when it should differ from the hero image.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.customimage'),
                ),
                migrations.AlterField(
                    model_name='parkpage',
                    name='hero_image',
                    field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.customimage'),
                ),
                migrations.AlterField(
                    model_name='parkpage',
                    name='listing_image',
                    field=models.ForeignKey(blank=True, help_text='Used on cards and for social sharing when it should differ from the hero image.', null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='images.customimage'),
                ),
            ],
            database_operations=[],
        ),
    ]
