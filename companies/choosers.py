"""Choosers that page editors use to pick companies, one per role.

Each role gets its own viewset so that, say, the operator field only offers operators; the
general company chooser is registered as the default widget for any other company field.
"""

from wagtail.admin.viewsets.chooser import ChooserViewSet

from companies.models import Company


class CompanyChooserViewSet(ChooserViewSet):
    model = Company
    icon = "group"
    choose_one_text = "Choose a company"
    choose_another_text = "Choose another company"
    edit_item_text = "Edit this company"
    form_fields = [
        "name",
        "slug",
        "is_operator",
        "is_property_owner",
        "is_manufacturer",
        "is_designer",
        "website",
        "headquarters_country",
    ]
    role = None

    def get_object_list(self):
        companies = Company.objects.all()
        return companies.with_role(self.role) if self.role else companies


def _role_chooser(role, label):
    return CompanyChooserViewSet(
        f"{role}_chooser",
        url_prefix=f"company-chooser/{role}",
        role=role,
        choose_one_text=f"Choose {label}",
        choose_another_text=f"Choose another {label.split(' ', 1)[1]}",
        register_widget=False,
    )


company_chooser_viewset = CompanyChooserViewSet("company_chooser", url_prefix="company-chooser")
operator_chooser_viewset = _role_chooser("operator", "an operator")
property_owner_chooser_viewset = _role_chooser("property_owner", "a property owner")
manufacturer_chooser_viewset = _role_chooser("manufacturer", "a manufacturer")
designer_chooser_viewset = _role_chooser("designer", "a designer")

ALL_CHOOSER_VIEWSETS = [
    company_chooser_viewset,
    operator_chooser_viewset,
    property_owner_chooser_viewset,
    manufacturer_chooser_viewset,
    designer_chooser_viewset,
]
