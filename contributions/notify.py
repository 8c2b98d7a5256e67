"""Emails to readers who left an address: the outcome of their suggestion, in plain text."""

from django.core.mail import send_mail
from django.template.loader import render_to_string


def tell_reader(suggestion, request=None):
    """Send the accepted / rejected email, if the reader asked for one."""
    if not suggestion.email:
        return
    context = {"suggestion": suggestion, "page": suggestion.page}
    if request is not None:
        context["page_url"] = suggestion.page.get_full_url(request)
    subject = render_to_string("contributions/email/subject.txt", context).strip()
    body = render_to_string(f"contributions/email/{suggestion.status}.txt", context)
    send_mail(subject, body, None, [suggestion.email])
