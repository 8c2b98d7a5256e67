import pytest

from companies.factories import ManufacturerFactory
from companies.tests.helpers import build


@pytest.fixture
def maker(park_index):
    """Intamin with three coasters: two opened in 2000 (one since demolished), one in 2001."""
    company = ManufacturerFactory(
        name="Intamin",
        slug="intamin",
        founded_year=1967,
        headquarters_country="CH",
        website="https://www.intamin.com/",
        description="Swiss ride maker.",
    )
    build(park_index, company)
    return company
