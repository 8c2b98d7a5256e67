"""Load the curated demo content: real parks, rides, companies and ride models."""

import argparse
import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Site

from companies.models import ROLE_FLAGS, Company
from contributions.demo import add_demo_sources
from home.demo import data
from home.models import HomePage, HomePageFeature
from images.models import CustomImage, ImageLicence
from images.placeholders import placeholder_jpeg
from images.renditions import make_slot_renditions
from images.signals import rendition_tasks_paused
from images.slots import HERO, SOCIAL, THUMBNAIL
from moderation.roles import EDITORS, MODERATORS, setup_moderation
from parks.builders import build_areas, build_gallery, build_park
from parks.forms import ParkFilterForm
from parks.models import LISTING_PAGE_SIZE, ParkIndexPage, ParkPage
from rides.builders import build_ride
from rides.models import RideModel, RidePage
from search.indexing import deferred_indexing

GALLERY_PHOTOS_PER_PARK = 3
PRODUCTION_SETTINGS = "thrillwiki.settings.production"


class Command(BaseCommand):
    help = (
        "Create the demo content (real parks, rides and companies with placeholder photos). "
        "Safe to run again: existing items are left as they are."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--accounts",
            action=argparse.BooleanOptionalAction,
            default=None,
            help=(
                "Create the local admin, editor and moderator accounts "
                "(default: only when DEBUG is on)."
            ),
        )

    def handle(self, *args, accounts=None, **options):
        self.created = {"companies": 0, "ride models": 0, "parks": 0, "rides": 0, "images": 0}
        # Renditions are not made one publish at a time here: the first views' renditions
        # are made below, the rest by `generate_renditions` (`make run` starts it) or on view.
        with deferred_indexing(stdout=self.stdout), rendition_tasks_paused(), transaction.atomic():
            index = self._park_index()
            companies = self._companies()
            ride_models = self._ride_models(companies)
            parks = self._parks(index, companies)
            rides = self._rides(parks, companies, ride_models)
            self._ride_links(parks)
            add_demo_sources(ride for _, ride in rides)
            self._featured(index.get_parent().specific, parks, rides)
            self._site_address()
        summary = ", ".join(f"{n} {what}" for what, n in self.created.items())
        self.stdout.write(self.style.SUCCESS(f"Demo content ready (created {summary})."))
        self._first_view_renditions(index)
        if accounts if accounts is not None else settings.DEBUG:
            self._admin_account()
            self._editorial_accounts()

    # --- reference data -------------------------------------------------------------------
    def _park_index(self):
        index = ParkIndexPage.objects.first()
        if index is None:
            home = HomePage.objects.first()
            index = home.add_child(instance=ParkIndexPage(title="Parks", slug="parks"))
        if index.latest_revision_id is None:  # created by a migration, never published
            index.save_revision().publish()
        return index

    def _companies(self):
        companies = {}
        for item in data.COMPANIES:
            flags = {flag: role in item["roles"] for role, flag in ROLE_FLAGS.items()}
            company, created = Company.objects.get_or_create(
                name=item["name"],
                defaults={
                    "slug": slugify(item["name"]),
                    "website": item.get("website") or "",
                    "founded_year": item.get("founded_year"),
                    "headquarters_country": item.get("country") or "",
                    "description": item.get("description") or "",
                    **flags,
                },
            )
            self.created["companies"] += created
            companies[company.name] = company
        return companies

    def _ride_models(self, companies):
        models = {}
        for item in data.RIDE_MODELS:
            manufacturer = companies[item["manufacturer"]]
            ride_model, created = RideModel.objects.get_or_create(
                manufacturer=manufacturer,
                name=item["name"],
                defaults={
                    "slug": slugify(f"{manufacturer.name} {item['name']}"),
                    "category": item["category"],
                },
            )
            self.created["ride models"] += created
            models[(manufacturer.name, ride_model.name)] = ride_model
        return models

    # --- images -----------------------------------------------------------------------------
    def _image(self, title, alt_text):
        image = CustomImage.objects.filter(title=title).first()
        if image is None:
            image = CustomImage(
                title=title,
                alt_text=alt_text,
                credit="ThrillWiki demo placeholder",
                licence=ImageLicence.CC0,
                file=placeholder_jpeg(title.removeprefix("Demo: ")),
            )
            image.save()
            self.created["images"] += 1
        return image

    # --- pages --------------------------------------------------------------------------------
    def _parks(self, index, companies):
        parks = {}
        for item in data.PARKS:
            park = ParkPage.objects.child_of(index).filter(slug=item["slug"]).first()
            if park is None:
                hero = self._image(
                    f"Demo: {item['title']}",
                    f"Illustration standing in for a photo of {item['title']}",
                )
                park = build_park({**item, "hero_image": hero}, companies=companies)
                for area in build_areas(item.get("areas") or []):
                    park.areas.add(area)
                photos = [
                    self._image(
                        f"Demo: {item['title']} #{n + 1}",
                        f"Illustration standing in for gallery photo {n + 1} of {item['title']}",
                    )
                    for n in range(GALLERY_PHOTOS_PER_PARK)
                ]
                for photo in build_gallery(item["title"], photos):
                    park.gallery_images.add(photo)
                index.add_child(instance=park)
                park.save_revision().publish()
                self.created["parks"] += 1
            parks[item["title"]] = park
        return parks

    def _rides(self, parks, companies, ride_models):
        rides = []
        for item in data.RIDES:
            park = parks[item["park"]]
            ride = RidePage.objects.child_of(park).filter(slug=item["slug"]).first()
            if ride is None:
                hero = self._image(
                    f"Demo: {item['title']} ({park.title})",
                    f"Illustration standing in for a photo of {item['title']} at {park.title}",
                )
                # Ride models are known by manufacturer and name together.
                model = item.get("ride_model") and (item.get("manufacturer"), item["ride_model"])
                ride = build_ride(
                    {**item, "ride_model": model, "hero_image": hero},
                    companies=companies,
                    ride_models=ride_models,
                    areas=self._areas(park),
                )
                ride.full_clean(exclude=["path", "depth", "url_path", "content_type"])
                park.add_child(instance=ride)
                ride.save_revision().publish()
                self.created["rides"] += 1
            rides.append((item, ride))
        return rides

    def _areas(self, park):
        """The park's areas by name, read once per park (rides look theirs up by name)."""
        cache = self.__dict__.setdefault("_areas_by_park", {})
        if park.pk not in cache:
            cache[park.pk] = {area.name: area for area in park.areas.all()}
        return cache[park.pk]

    def _ride_links(self, parks):
        """Link rides to the rides they replaced or were relocated from (data.RIDE_LINKS)."""
        for item in data.RIDE_LINKS:
            ride = RidePage.objects.child_of(parks[item["park"]]).get(slug=item["slug"])
            changed = False
            for field in ("replaces", "relocated_from"):
                if field not in item:
                    continue
                park, slug = item[field]
                other = RidePage.objects.child_of(parks[park]).get(slug=slug)
                if getattr(ride, f"{field}_id") != other.pk:
                    setattr(ride, field, other)
                    changed = True
            if changed:
                ride.save_revision().publish()

    def _featured(self, home, parks, rides):
        if home.featured_pages.exists():
            return
        featured_parks = [parks[item["title"]] for item in data.PARKS if item.get("featured")]
        coasters = sorted(
            (ride for _, ride in rides if ride.is_roller_coaster and ride.height_m),
            key=lambda ride: ride.height_m,
            reverse=True,
        )[:6]
        for position, page in enumerate([*featured_parks, *coasters]):
            HomePageFeature.objects.create(home_page=home, page=page, sort_order=position)
        home.save_revision().publish()

    def _first_view_renditions(self, index):
        """Make the renditions of the pages a reader opens first, so none waits for them.

        In reading order: the home page's featured cards, the cards of the first page of
        /parks/, then the heroes and link-preview images of the pages those cards lead to,
        every format (AVIF first) and size of those slots. Galleries, body photos and the other
        pages' renditions follow from `generate_renditions`, which `make run` starts in the
        background (measured in docs/media.md).
        """
        featured = index.get_parent().specific.featured
        cards = [*featured["parks"], *featured["rides"]]
        parks = index.parks()
        cards += list(ParkFilterForm({}, parks=parks).filter(parks)[:LISTING_PAGE_SIZE])
        plan, seen = [], set()
        for slots, images in (
            ((THUMBNAIL,), (page.card_image for page in cards)),
            ((HERO,), (page.hero_image for page in cards)),
            ((SOCIAL,), (page.card_image for page in cards)),
        ):
            for image in images:
                if image is not None and (image.pk, slots) not in seen:
                    seen.add((image.pk, slots))
                    plan.append((image, slots))
        created, failed = make_slot_renditions(
            plan, stream=self.stderr, label="First-view renditions"
        )
        self.stdout.write(
            f"{created} first-view rendition(s) made for the home page, /parks/ and the pages "
            f"they link to ({len(failed)} image(s) failed); `manage.py generate_renditions` "
            "makes the rest."
        )

    def _site_address(self):
        """Point the default site at WAGTAILADMIN_BASE_URL, so canonical URLs match it."""
        address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        port = address.port or (443 if address.scheme == "https" else 80)
        Site.objects.filter(is_default_site=True).update(hostname=address.hostname, port=port)
        # update() sends no signal, so drop Wagtail's cached site root paths (already filled
        # by the frontend-cache purge of every page published above).
        Site.clear_site_root_paths_cache()

    # --- the local quick-start account --------------------------------------------------------
    def _admin_account(self):
        User = get_user_model()
        password = secrets.token_urlsafe(12)
        user, created = User.objects.get_or_create(
            username="admin", defaults={"email": "admin@thrillwiki.example"}
        )
        user.is_staff = user.is_superuser = True
        user.set_password(password)
        user.save()
        verb = "Created" if created else "Reset the password of"
        self.stdout.write(
            self.style.WARNING(f"{verb} the local superuser: username admin, password {password}")
        )

    # --- editorial demo accounts (roles from the moderation app) -------------------------------
    def _editorial_accounts(self):
        """An `editor` and a `moderator` to try the approval workflow with, one per role."""
        if settings.SETTINGS_MODULE == PRODUCTION_SETTINGS:
            self.stdout.write("Production settings: no demo editor or moderator accounts.")
            return
        setup_moderation()
        User = get_user_model()
        for username, group_name in (("editor", EDITORS), ("moderator", MODERATORS)):
            password = secrets.token_urlsafe(12)
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "email": f"{username}@thrillwiki.example",
                    "first_name": username.capitalize(),
                },
            )
            user.is_staff = user.is_superuser = False
            user.is_active = True
            user.set_password(password)
            user.save()
            user.groups.set([Group.objects.get(name=group_name)])
            verb = "Created" if created else "Reset the password of"
            self.stdout.write(
                self.style.WARNING(
                    f"{verb} the local {group_name[:-1].lower()}: "
                    f"username {username}, password {password}"
                )
            )
