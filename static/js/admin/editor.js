/*
 * Page editor: shows a tab only while a choice on the form makes it apply.
 *
 * A <select data-shows-tab="statistics" data-shows-tab-when="roller_coaster"> hides the
 * "Statistics" tab unless "roller_coaster" is chosen, as soon as the choice changes (no reload).
 * A tab that already holds values or errors stays visible, so the server's "only roller
 * coasters have this statistic" errors are never hidden from the editor.
 */
(function () {
  "use strict";

  function holdsSomething(panel) {
    if (panel.querySelector(".error-message, [aria-invalid='true']")) {
      return true;
    }
    return Array.from(panel.querySelectorAll("input, select, textarea")).some(function (field) {
      return field.type !== "hidden" && field.value !== "";
    });
  }

  function sync(select) {
    var name = select.dataset.showsTab;
    var tab = document.getElementById("tab-label-" + name);
    var panel = document.getElementById("tab-" + name);
    if (!tab || !panel) {
      return;
    }
    var show = select.value === select.dataset.showsTabWhen || holdsSomething(panel);
    tab.hidden = !show;
    // Wagtail styles its tabs with a display value, which the hidden attribute alone loses to.
    tab.style.display = show ? "" : "none";
  }

  function init() {
    document.querySelectorAll("select[data-shows-tab]").forEach(function (select) {
      sync(select);
      select.addEventListener("change", function () {
        sync(select);
      });
    });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
