/*
 * Gallery lightbox: progressive enhancement for [data-gallery] sections.
 *
 * Without JavaScript (or without <dialog> support) each thumbnail is a plain link to the large
 * photo. With it, the link opens a modal <dialog>: Escape closes it (native), the left and right
 * arrow keys (and Home/End) move between photos, focus stays inside while it is open and goes
 * back to the thumbnail that opened it. No inline scripts, styles or handlers (CSP-friendly).
 */
(function () {
  "use strict";

  function setUp(gallery) {
    var links = Array.prototype.slice.call(gallery.querySelectorAll("[data-lightbox-item]"));
    var dialog = gallery.querySelector("[data-lightbox]");
    if (!links.length || !dialog || typeof dialog.showModal !== "function") {
      return;
    }
    var figure = dialog.querySelector("[data-lightbox-figure]");
    var caption = dialog.querySelector("[data-lightbox-caption]");
    var counter = dialog.querySelector("[data-lightbox-counter]");
    var previous = dialog.querySelector("[data-lightbox-prev]");
    var next = dialog.querySelector("[data-lightbox-next]");
    var close = dialog.querySelector("[data-lightbox-close]");
    var image = document.createElement("img");
    image.className = "lightbox__image";
    image.decoding = "async";
    figure.insertBefore(image, caption);

    var current = 0;
    var opener = null;

    if (links.length < 2) {
      previous.hidden = true;
      next.hidden = true;
    }

    function show(index) {
      current = (index + links.length) % links.length;
      var link = links[current];
      var thumbnail = link.querySelector("img");
      var figcaption = link.closest("figure").querySelector("figcaption");
      image.src = link.href;
      image.width = Number(link.getAttribute("data-width")) || 0;
      image.height = Number(link.getAttribute("data-height")) || 0;
      image.alt = thumbnail ? thumbnail.alt : "";
      caption.textContent = figcaption ? figcaption.textContent.trim() : "";
      counter.textContent = "Photo " + (current + 1) + " of " + links.length;
    }

    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) {
          return; // let people open the photo in a new tab
        }
        event.preventDefault();
        opener = link;
        show(index);
        dialog.showModal();
        close.focus();
      });
    });

    previous.addEventListener("click", function () {
      show(current - 1);
    });
    next.addEventListener("click", function () {
      show(current + 1);
    });
    close.addEventListener("click", function () {
      dialog.close();
    });

    function keepFocusInside(event) {
      // The page behind a modal dialog is inert; wrap Tab around the dialog's own buttons
      // instead of letting focus fall out to the browser's toolbar.
      var buttons = Array.prototype.filter.call(dialog.querySelectorAll("button"), function (b) {
        return !b.hidden;
      });
      var first = buttons[0];
      var last = buttons[buttons.length - 1];
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first.focus();
      }
    }

    dialog.addEventListener("keydown", function (event) {
      if (event.key === "Tab") {
        keepFocusInside(event);
        return;
      }
      var moves = { ArrowLeft: current - 1, ArrowRight: current + 1, Home: 0, End: links.length - 1 };
      if (Object.prototype.hasOwnProperty.call(moves, event.key)) {
        event.preventDefault();
        show(moves[event.key]);
      }
    });

    // A click on the backdrop (outside the dialog's box) closes it.
    dialog.addEventListener("click", function (event) {
      if (event.target === dialog) {
        dialog.close();
      }
    });

    dialog.addEventListener("close", function () {
      if (opener) {
        opener.focus();
        opener = null;
      }
    });
  }

  function init() {
    Array.prototype.forEach.call(document.querySelectorAll("[data-gallery]"), setUp);
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
