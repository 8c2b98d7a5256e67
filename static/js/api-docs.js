/* The API docs page: Swagger UI titles the API with an <h1> and its operation groups with <h3>,
   after the page's own <h1>. Its title is exposed as a level-2 heading so the outline has no
   gap for screen-reader users (axe-core's heading-order). Swagger draws the page after load,
   so this watches its container. */
(function () {
  "use strict";
  const root = document.getElementById("swagger-ui");
  if (!root) return;
  const fix = () => {
    root.querySelectorAll("h1.title:not([aria-level])").forEach((heading) => {
      heading.setAttribute("aria-level", "2");
    });
  };
  new MutationObserver(fix).observe(root, { childList: true, subtree: true });
})();
