"""HTTP hardening: the Content-Security-Policy, login lockout, and proxy-aware client addresses.

The public site runs under a strict policy: scripts and styles only from our own origin, no
inline code. The Wagtail admin (and the previews it renders) gets the few relaxations Wagtail 8
still needs; `admin_policy()` names each one. Settings build both policies from the
environment through `content_security_policy()`.
"""

import ipaddress
from urllib.parse import urlsplit

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from csp.middleware import CSPMiddleware, PolicyParts
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.forms.forms import NON_FIELD_ERRORS
from django.forms.utils import ErrorDict
from django.http import HttpResponse
from django.template.response import TemplateResponse

# --- Content-Security-Policy ------------------------------------------------------------------


def origin_of(url):
    """`scheme://host[:port]` of an absolute URL or bare host name, or None for a relative URL."""
    if not url:
        return None
    if "//" not in url:
        url = f"https://{url}"
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}" if parts.netloc else None


def s3_media_origins(
    bucket, *, endpoint_url=None, region_name=None, custom_domain=None, addressing_style=None
):
    """Origins that media URLs can point at when media lives in an S3 bucket.

    Renditions are linked from the CDN domain when one is set, from the bucket otherwise; the
    admin also shows originals through signed bucket URLs. Both addressing styles are listed
    because boto3 picks one per request when the style is `auto`.
    """
    if not bucket:
        return []
    origins = []
    if custom_domain:
        origins.append(f"https://{custom_domain}")
    if endpoint_url:
        parts = urlsplit(endpoint_url)
        origins.append(f"{parts.scheme}://{parts.netloc}")
        if addressing_style != "path":
            origins.append(f"{parts.scheme}://{bucket}.{parts.netloc}")
    else:
        hosts = ["s3.amazonaws.com"]
        if region_name:
            hosts.append(f"s3.{region_name}.amazonaws.com")
        for host in hosts:
            origins.append(f"https://{bucket}.{host}")
            origins.append(f"https://{host}")
    return origins


def public_policy(*, media_origins=(), report_uri=None, upgrade_insecure_requests=False):
    """Directives for the public site: nothing inline, nothing from other origins but media."""
    directives = {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, NONCE],
        "img-src": [SELF, "data:", *media_origins],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF, *media_origins],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        # Same rule as X-Frame-Options SAMEORIGIN: only our own admin may frame a page (previews).
        "frame-ancestors": [SELF],
    }
    if upgrade_insecure_requests:
        directives["upgrade-insecure-requests"] = True
    if report_uri:
        directives["report-uri"] = report_uri
    return {"DIRECTIVES": directives}


def admin_policy(public):
    """The public policy plus what the Wagtail 8 admin cannot work without.

    - script-src 'unsafe-inline': Wagtail renders inline <script> elements for the date/time
      widgets, InlinePanel and MultipleChooserPanel, and chooser modals inject HTML whose
      scripts jQuery runs. Their content differs per field and per page (element IDs), so no
      fixed hash list can allow them; widget templates are rendered without the request, so they
      cannot carry a nonce; and adding hashes or nonces to whatever the response contains would
      trust injected markup just as much as 'unsafe-inline' does. Without it the page editor's
      panels and the image chooser stop working (the browser test shows this). No nonce goes in
      this policy: browsers ignore 'unsafe-inline' when one is present. 'unsafe-eval' is not
      needed.
    - style-src 'unsafe-inline': the views the browser test walks need no inline styles, but
      Draftail sets a style attribute when copying rich text and admin scripts create <style>
      elements in places. Styles cannot run code, so the admin keeps this rather than break them.
    - img-src blob:: the multiple-image uploader previews the chosen files through blob: URLs.

    Everything else (no plugins, no foreign scripts, styles or connections, base-uri, form-action
    and frame-ancestors limited to the site) stays as strict as on the public site.
    """
    directives = {
        key: list(value) if isinstance(value, list) else value
        for key, value in public["DIRECTIVES"].items()
    }
    directives["script-src"] = [SELF, UNSAFE_INLINE]
    directives["style-src"] = [SELF, UNSAFE_INLINE]
    directives["img-src"] = [*directives["img-src"], "blob:"]
    return {"DIRECTIVES": directives}


def content_security_policy(
    *, media_urls=(), extra_img_origins=(), report_uri=None, upgrade_insecure_requests=False
):
    """(public policy, admin policy) for the django-csp settings."""
    media_origins = []
    for url in [*media_urls, *extra_img_origins]:
        origin = origin_of(url)
        if origin and origin not in media_origins:
            media_origins.append(origin)
    public = public_policy(
        media_origins=media_origins,
        report_uri=report_uri,
        upgrade_insecure_requests=upgrade_insecure_requests,
    )
    return public, admin_policy(public)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, sending the admin policy under the admin URL prefixes."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only or parts.config is not None:
            return parts
        if request.path_info.startswith(tuple(settings.ADMIN_CSP_URL_PREFIXES)):
            # The admin policy carries no nonce placeholder; drop the nonce so it stays that way.
            return PolicyParts(
                config=settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
                update=parts.update,
                replace=parts.replace,
                nonce=None,
            )
        return parts


# --- Login throttling (django-axes) -----------------------------------------------------------


def lockout_parameters(raw):
    """AXES_LOCKOUT_PARAMETERS from a comma list where `a+b` locks out the combination."""
    allowed = {"username", "ip_address", "user_agent"}
    parameters = []
    for item in raw:
        names = [name.strip() for name in item.split("+") if name.strip()]
        unknown = set(names) - allowed
        if not names or unknown:
            raise ImproperlyConfigured(
                f"AXES_LOCKOUT_PARAMETERS: {item!r} is not one of {sorted(allowed)} "
                "or a '+'-joined combination of them."
            )
        parameters.append(names[0] if len(names) == 1 else names)
    return parameters


def lockout_message():
    cool_off = settings.AXES_COOLOFF_TIME
    if not cool_off:
        return (
            "Too many failed login attempts. Sign-in is locked until an administrator "
            "unlocks your account."
        )
    minutes = max(1, int(cool_off.total_seconds() // 60))
    return (
        f"Too many failed login attempts. Sign-in is locked for {minutes} minutes; "
        "try again later or ask an administrator to unlock your account."
    )


def lockout_response(request, original_response, credentials):
    """The login page again, status 429, with the lockout as its only error.

    Wagtail's and Django's admin login views both return a TemplateResponse whose context holds
    the login form; showing the message in that form keeps the user on a page they recognise.
    Anything else gets the message as plain text.
    """
    message = lockout_message()
    context = getattr(original_response, "context_data", None) or {}
    form = context.get("form")
    template = getattr(original_response, "template_name", None)
    if form is None or template is None:
        return HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
    form._errors = ErrorDict()
    form._errors[NON_FIELD_ERRORS] = form.error_class([message], error_class="nonfield")
    response = TemplateResponse(request, template, context, status=429)
    return response.render()


def trusted_proxies(raw):
    """TRUSTED_PROXIES from a comma list of addresses and CIDR networks (e.g. 127.0.0.1,
    10.0.0.0/8); refuses anything else at start-up."""
    networks = []
    for item in raw:
        try:
            networks.append(ipaddress.ip_network(item.strip(), strict=False))
        except ValueError as exc:
            raise ImproperlyConfigured(
                f"TRUSTED_PROXIES: {item!r} is not an IP address or network."
            ) from exc
    return networks


def is_trusted_proxy(address):
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in settings.TRUSTED_PROXIES)


def client_ip(request):
    """The client's address: X-Forwarded-For is believed only from a trusted proxy.

    When the connection (REMOTE_ADDR) is not one of TRUSTED_PROXIES, it is the client, whatever
    X-Forwarded-For says: a client reaching the app directly cannot rotate its address with the
    header. From a trusted proxy, the entries are read right to left (each proxy appends the
    address it received the request from) and the first one that is not a trusted proxy is
    the client; anything further left was written by the client itself.
    """
    remote = request.META.get("REMOTE_ADDR", "")
    if not is_trusted_proxy(remote):
        return remote
    forwarded = [
        part.strip()
        for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if part.strip()
    ]
    for address in reversed(forwarded):
        if not is_trusted_proxy(address):
            return address if _is_ip(address) else remote
    return remote


def _is_ip(address):
    try:
        ipaddress.ip_address(address)
    except ValueError:
        return False
    return True


# --- HTTPS behind a proxy ---------------------------------------------------------------------


def proxy_ssl_header(raw):
    """SECURE_PROXY_SSL_HEADER from the environment.

    `true` trusts `X-Forwarded-Proto: https`; `false` trusts no header (Django sees the
    connection as it arrives); `Header-Name: value` names another header, e.g.
    `X-Forwarded-Ssl: on`. Only set it when a proxy always sets or strips that header.
    """
    value = (raw or "").strip()
    lowered = value.lower()
    if lowered in {"", "true", "1", "yes", "on"}:
        return ("HTTP_X_FORWARDED_PROTO", "https")
    if lowered in {"false", "0", "no", "off"}:
        return None
    header, sep, expected = value.partition(":")
    if not sep or not header.strip() or not expected.strip():
        raise ImproperlyConfigured(
            f"SECURE_PROXY_SSL_HEADER has an invalid value: {raw!r} "
            "(use true, false or 'Header-Name: value')."
        )
    meta_name = "HTTP_" + header.strip().upper().replace("-", "_")
    return (meta_name, expected.strip())


def tile_origin(url_template):
    """The CSP source for a tile URL template: its origin, `{s}` subdomains as a wildcard.

    Returns None for an empty or relative template (tiles served by the site itself are
    covered by 'self').
    """
    if not url_template:
        return None
    parts = urlsplit(url_template.replace("{s}.", "__subdomain__."))
    if not parts.scheme or not parts.netloc:
        return None
    host = parts.netloc.replace("__subdomain__.", "*.")
    if "{" in host:
        raise ImproperlyConfigured(
            f"MAP_TILE_URL: only {{s}} may stand in the host name: {url_template!r}"
        )
    return f"{parts.scheme}://{host}"
