"""Driving Wagtail's admin views the way the editor's and moderator's browsers do."""

from django.urls import reverse
from wagtail.models import Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from moderation.roles import WORKFLOW_NAME
from rides.models import RidePage


def ride_form_data(page=None, **fields):
    """The ride editor's form as a browser posts it (a new ride unless `page` is given)."""
    data = {
        "title": page.title if page else "Steel Vengeance",
        "slug": page.slug if page else "steel-vengeance",
        "category": page.category if page else "roller_coaster",
        "status": page.status if page else "operating",
        "opening_date_precision": "day",
        "closing_date_precision": "day",
        "intro": page.intro if page else "A hybrid coaster.",
        "body": streamfield([]),
        "gallery_images": inline_formset([]),
        "sources": inline_formset([]),
        "comments": inline_formset([]),
        **fields,
    }
    if page is not None and page.opening_date and "opening_date" not in fields:
        data["opening_date"] = page.opening_date.isoformat()
    return nested_form_data(data)


def add_ride(client, park, action=None, **fields):
    """Create a ride under `park` through the admin; action is "submit", "publish" or None."""
    data = ride_form_data(**fields)
    if action:
        data[f"action-{action}"] = "1"
    url = reverse("wagtailadmin_pages:add", args=("rides", "ridepage", park.pk))
    response = client.post(url, data)
    assert response.status_code == 302, _errors(response)
    return RidePage.objects.get(slug=data["slug"])


def edit_ride(client, ride, action=None, **fields):
    """Save the ride's editor form again with `fields` changed; action as in add_ride."""
    data = ride_form_data(ride, **fields)
    if action:
        data[f"action-{action}"] = "1"
    return client.post(reverse("wagtailadmin_pages:edit", args=(ride.pk,)), data)


def workflow_action(client, page, action, comment=""):
    """A moderator's approve / reject ("Request changes") button, as the modal posts it."""
    page.refresh_from_db()
    task_state = page.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=(page.pk, action, task_state.pk))
    return client.post(url, {"comment": comment})


def submit(page, user):
    """Put `page` (its latest revision, written by `user`) into moderation as `user`."""
    page.save_revision(user=user)
    return Workflow.objects.get(name=WORKFLOW_NAME).start(page, user)


def _errors(response):
    context = getattr(response, "context", None)
    if context and "form" in context:
        return context["form"].errors.as_json()
    return response.status_code
