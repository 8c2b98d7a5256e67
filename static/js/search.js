/*
 * Header search box suggestions (htmx swaps the list into #site-search-suggestions).
 * Keyboard support: Down moves into the list, Up/Down move between suggestions,
 * Escape closes the list and returns to the box. Clicking elsewhere closes it.
 * Without this file the suggestions still work as plain links.
 */
(function () {
  "use strict";

  function setup() {
    var input = document.getElementById("site-search-q");
    var box = document.getElementById("site-search-suggestions");
    if (!input || !box) {
      return;
    }

    function links() {
      return Array.prototype.slice.call(box.querySelectorAll("a"));
    }

    function close() {
      box.innerHTML = "";
    }

    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && links().length) {
        event.preventDefault();
        links()[0].focus();
      } else if (event.key === "Escape") {
        close();
      }
    });

    box.addEventListener("keydown", function (event) {
      var items = links();
      var index = items.indexOf(document.activeElement);
      if (event.key === "ArrowDown" && index < items.length - 1) {
        event.preventDefault();
        items[index + 1].focus();
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (index > 0) {
          items[index - 1].focus();
        } else {
          input.focus();
        }
      } else if (event.key === "Escape") {
        close();
        input.focus();
      }
    });

    document.addEventListener("click", function (event) {
      if (!box.contains(event.target) && event.target !== input) {
        close();
      }
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", setup);
  } else {
    setup();
  }
})();
