"""What a link to a company needs (its slug and name), read once per content version.

Rides, search facets and the API name companies by primary key in their rows; loading a
Company object per row, or a query per page, cost more than the rest of the row. A company's
save or delete bumps the content version (operations.signals), so the kept names are never
stale.
"""

from companies.models import Company
from operations.cache import per_content_version


def slugs_and_names(queryset):
    """{pk: (slug, name)} of a queryset of named, slugged objects (companies, ride models)."""
    return {pk: (slug, name) for pk, slug, name in queryset.values_list("pk", "slug", "name")}


def company_names():
    """{pk: (slug, name)} of every company."""
    return per_content_version("company-names", lambda: slugs_and_names(Company.objects.all()))
