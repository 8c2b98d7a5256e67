"""The company choosers page editors pick operators, owners, manufacturers and designers with.

The company admin itself is in companies.admin, registered in its menu group by rides.
"""

from wagtail import hooks

from companies.choosers import ALL_CHOOSER_VIEWSETS


@hooks.register("register_admin_viewset")
def register_company_choosers():
    return ALL_CHOOSER_VIEWSETS
