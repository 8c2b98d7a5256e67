"""The suggestion queue in the Wagtail admin: a list with filters and a review screen."""

import django_filters
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views import generic
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from contributions.models import Suggestion, SuggestionStatus
from contributions.quality import VERIFIED_FOR_DAYS, pages_needing_attention
from contributions.review import CannotAccept, accept, reject

REASON_REQUIRED = "Say why the suggestion is rejected; the reader may get this reason by email."


class SuggestionPermissionPolicy(ModelPermissionPolicy):
    """Readers add suggestions on the public site; nobody adds one in the admin."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)


def pages_with_suggestions(request):
    return Page.objects.filter(suggestions__isnull=False).distinct().order_by("title")


class SuggestionFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(choices=SuggestionStatus.choices, empty_label="Any")
    page = django_filters.ModelChoiceFilter(queryset=pages_with_suggestions, label="Page")

    class Meta:
        model = Suggestion
        fields = ["status", "page"]


class SuggestionIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("page")


class ReviewView(generic.EditView):
    """Shows the suggestion beside the page's current value; "Accept" makes a draft in the
    approval workflow, "Reject" needs a reason. A decided suggestion is read-only."""

    template_name = "contributions/admin/review.html"
    actions = ["accept", "reject"]

    def get_page_subtitle(self):
        return str(self.object)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["suggestion"] = self.object
        context["page_edit_url"] = reverse("wagtailadmin_pages:edit", args=(self.object.page_id,))
        context["is_new"] = self.object.status == SuggestionStatus.NEW
        return context

    def form_valid(self, form):
        suggestion = self.object
        try:
            if self.action == "accept":
                accept(suggestion, self.request.user, self.request)
                messages.success(
                    self.request,
                    f"Accepted: “{suggestion}” is now a draft waiting for a moderator's approval.",
                )
            elif self.action == "reject":
                reason = form.cleaned_data["rejection_reason"].strip()
                if not reason:
                    form.add_error("rejection_reason", ValidationError(REASON_REQUIRED))
                    self.produced_error_code = "validation_error"
                    self.produced_error_message = REASON_REQUIRED
                    return self.form_invalid(form)
                reject(suggestion, self.request.user, reason, self.request)
                messages.success(self.request, f"Rejected: “{suggestion}”.")
            else:
                return redirect(self.get_edit_url())
        except CannotAccept as exc:
            messages.error(self.request, str(exc))
            return redirect(self.get_edit_url())
        return redirect(self.index_url_name)


def can_review(user):
    """Editors and Moderators (through their group's permission) and superusers."""
    return user.has_perm("contributions.view_suggestion")


def facts_report(request):
    """Parks and rides with unsourced statistics or facts not verified within a year."""
    if not can_review(request.user):
        raise PermissionDenied
    paginator = Paginator(pages_needing_attention(), 50)
    return TemplateResponse(
        request,
        "contributions/admin/facts_report.html",
        {
            "page_obj": paginator.get_page(request.GET.get("p")),
            "verified_for_days": VERIFIED_FOR_DAYS,
        },
    )
