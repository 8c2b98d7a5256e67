/*
 * Failed htmx requests show a small, non-blocking notice instead of swapping an error page
 * into the page. The server answers htmx errors with a fragment (templates/errors/
 * htmx_error.html) whose [data-error-message] text is shown here; network failures and
 * timeouts get a generic message. No inline script or styles, so the Content-Security-Policy
 * can forbid both.
 */
(function () {
  "use strict";

  var NOTICE_SECONDS = 8;

  function region() {
    var existing = document.getElementById("notices");
    if (existing) return existing;
    var container = document.createElement("div");
    container.id = "notices";
    container.className = "notices";
    container.setAttribute("aria-live", "assertive");
    document.body.appendChild(container);
    return container;
  }

  function showNotice(text) {
    var notice = document.createElement("div");
    notice.className = "notice notice--error";
    notice.setAttribute("role", "alert");
    var message = document.createElement("span");
    message.className = "notice__message";
    message.textContent = text;
    var close = document.createElement("button");
    close.type = "button";
    close.className = "notice__close";
    close.setAttribute("aria-label", "Dismiss");
    close.textContent = "\u00d7";
    close.addEventListener("click", function () { notice.remove(); });
    notice.appendChild(message);
    notice.appendChild(close);
    region().appendChild(notice);
    window.setTimeout(function () { notice.remove(); }, NOTICE_SECONDS * 1000);
    return notice;
  }

  function messageFrom(xhr) {
    var status = xhr ? xhr.status : 0;
    var text = "";
    if (xhr && xhr.responseText) {
      var doc = new DOMParser().parseFromString(xhr.responseText, "text/html");
      var node = doc.querySelector("[data-error-message]");
      if (node) text = node.textContent.trim();
    }
    if (!text) text = "Something went wrong. Please try again.";
    return status ? "Error " + status + ": " + text : text;
  }

  document.addEventListener("htmx:beforeSwap", function (event) {
    // Never swap an error response into the page, whatever htmx's configuration says.
    if (event.detail.xhr && event.detail.xhr.status >= 400) {
      event.detail.shouldSwap = false;
    }
  });

  document.addEventListener("htmx:responseError", function (event) {
    showNotice(messageFrom(event.detail.xhr));
  });

  document.addEventListener("htmx:sendError", function () {
    showNotice("Could not reach ThrillWiki. Check your connection and try again.");
  });

  document.addEventListener("htmx:timeout", function () {
    showNotice("The server took too long to answer. Please try again.");
  });
})();
