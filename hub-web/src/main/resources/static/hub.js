// Small behaviour for the hub's pages. No inline scripts: the Content-Security-Policy forbids them.
(function () {
  "use strict";
  // htmx requests ride on the session cookie, so they carry the CSRF token as a header.
  document.addEventListener("htmx:configRequest", function (event) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta) {
      event.detail.headers["X-CSRF-Token"] = meta.getAttribute("content");
    }
  });
})();
