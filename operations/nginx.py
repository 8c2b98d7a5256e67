"""Render the committed nginx configuration (deploy/nginx/) for a host or a test instance.

Production renders deploy/nginx/thrillwiki.conf.template once with envsubst; the fault suite
renders the same template with its own ports and folders, plus a minimal main configuration
so nginx can run unprivileged-style from a temporary prefix.
"""

from pathlib import Path
from string import Template

TEMPLATE = Path(__file__).resolve().parent.parent / "deploy" / "nginx" / "thrillwiki.conf.template"


def render_site_config(*, listen, upstream, static_root, media_root):
    """The server block with the THRILLWIKI_* placeholders filled; nginx's own $variables stay."""
    return Template(TEMPLATE.read_text()).safe_substitute(
        THRILLWIKI_LISTEN=listen,
        THRILLWIKI_UPSTREAM=upstream,
        THRILLWIKI_STATIC_ROOT=str(static_root).rstrip("/"),
        THRILLWIKI_MEDIA_ROOT=str(media_root).rstrip("/"),
    )


def render_main_config(prefix, site_config_path, *, user="root"):
    """A main nginx.conf for a throwaway instance under `prefix` (pid, logs, temp files)."""
    prefix = Path(prefix)
    return f"""user {user};
worker_processes 1;
pid {prefix}/nginx.pid;
error_log {prefix}/error.log warn;
events {{ worker_connections 512; }}
http {{
    include /etc/nginx/mime.types;
    access_log {prefix}/access.log;
    client_body_temp_path {prefix}/client_body;
    proxy_temp_path {prefix}/proxy;
    fastcgi_temp_path {prefix}/fastcgi;
    uwsgi_temp_path {prefix}/uwsgi;
    scgi_temp_path {prefix}/scgi;
    include {site_config_path};
}}
"""
