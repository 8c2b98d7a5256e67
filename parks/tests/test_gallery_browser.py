"""In a real browser (Debian's Chromium via Playwright): a reader opens the gallery lightbox
from the keyboard, moves between photos with the arrow keys and closes it with Escape."""

import pytest

from images.factories import ImageFactory
from parks.factories import ParkPageFactory
from parks.models import ParkGalleryImage

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


@pytest.fixture
def park_with_gallery(park_index):
    park = ParkPageFactory(parent=park_index, title="Cedar Point", slug="cedar-point")
    for n in range(3):
        ParkGalleryImage.objects.create(
            page=park, image=ImageFactory(), caption=f"Midway view {n + 1}", sort_order=n
        )
    park.save_revision().publish()
    return park


def test_the_gallery_lightbox_works_from_the_keyboard(live_server, park_with_gallery, browser):  # noqa: F811
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(f"{live_server.url}/parks/cedar-point/")
    dialog = page.locator("dialog.lightbox")
    links = page.locator(".gallery__link")
    assert links.count() == 3
    assert dialog.evaluate("d => d.open") is False

    links.nth(0).focus()
    page.keyboard.press("Enter")

    assert dialog.evaluate("d => d.open") is True
    assert page.locator("[data-lightbox-counter]").inner_text() == "Photo 1 of 3"
    assert "Midway view 1" in page.locator("[data-lightbox-caption]").inner_text()
    assert page.evaluate("document.activeElement.hasAttribute('data-lightbox-close')")
    image = page.locator(".lightbox__image")
    assert image.get_attribute("src") == links.nth(0).evaluate("a => a.href")
    assert image.get_attribute("alt") == links.nth(0).locator("img").get_attribute("alt")

    page.keyboard.press("ArrowRight")
    assert page.locator("[data-lightbox-counter]").inner_text() == "Photo 2 of 3"
    assert image.get_attribute("src") == links.nth(1).evaluate("a => a.href")
    page.keyboard.press("ArrowLeft")
    page.keyboard.press("ArrowLeft")
    assert page.locator("[data-lightbox-counter]").inner_text() == "Photo 3 of 3"
    assert "Midway view 3" in page.locator("[data-lightbox-caption]").inner_text()

    # The buttons work from the keyboard too, and focus never leaves the open dialog.
    for _ in range(4):
        page.keyboard.press("Tab")
        assert page.evaluate(
            "document.querySelector('dialog.lightbox').contains(document.activeElement)"
        )
    page.locator("[data-lightbox-next]").focus()
    page.keyboard.press("Enter")
    assert page.locator("[data-lightbox-counter]").inner_text() == "Photo 1 of 3"

    page.keyboard.press("Escape")
    assert dialog.evaluate("d => d.open") is False
    assert page.evaluate(
        "document.activeElement === document.querySelectorAll('.gallery__link')[0]"
    )
    assert errors == []


def test_without_javascript_a_thumbnail_links_to_the_large_photo(
    live_server,
    park_with_gallery,
    browser,  # noqa: F811
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/parks/cedar-point/")
    href = page.locator(".gallery__link").first.get_attribute("href")
    assert ".max-1600x1200." in href
    context.close()
