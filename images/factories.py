import factory
import wagtail_factories

from images.models import CustomImage, ImageLicence


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = CustomImage

    alt_text = factory.Sequence(lambda n: f"Photo {n} of a ride")
    credit = "Test Photographer"
    licence = ImageLicence.CC_BY
