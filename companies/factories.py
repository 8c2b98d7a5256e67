import factory

from companies.models import Company


class CompanyFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Company
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Company {n}")
    slug = factory.LazyAttribute(lambda o: o.name.lower().replace(" ", "-"))
    headquarters_country = "US"


class OperatorFactory(CompanyFactory):
    is_operator = True


class ManufacturerFactory(CompanyFactory):
    is_manufacturer = True


class DesignerFactory(CompanyFactory):
    is_designer = True
