/*
 * Content Hub conversion script for the company website (docs/CONVERSIONS.md).
 *
 * On every page:      <script src="https://hub.example/assets/conversion.js" defer></script>
 *   remembers the tracked link's code (utm_content) when a visitor lands from a share
 *   (utm_medium=employee-advocacy), for 30 days, in this site's own localStorage.
 * On the thank-you page:
 *   <script src="https://hub.example/assets/conversion.js" defer
 *           data-conversion data-value="49.95" data-reference="ORDER-1234"></script>
 *   reports one conversion to the hub for the remembered code (a reference counts once).
 * The site's origin must be listed in the hub's hub.conversions.allowed-origins.
 */
(function () {
  "use strict";
  var KEY = "contenthub.code";
  var DAYS = 30;
  var script = document.currentScript;
  if (!script) {
    return;
  }
  var hub = new URL(script.src).origin;

  function remember() {
    var params = new URLSearchParams(window.location.search);
    var code = params.get("utm_content");
    if (code && params.get("utm_medium") === "employee-advocacy" && /^[A-Za-z0-9_-]{8,32}$/.test(code)) {
      try {
        localStorage.setItem(KEY, JSON.stringify({ code: code, at: Date.now() }));
      } catch (e) {
        /* storage refused: nothing to remember */
      }
    }
  }

  function remembered() {
    try {
      var stored = JSON.parse(localStorage.getItem(KEY) || "null");
      if (stored && stored.code && Date.now() - stored.at < DAYS * 86400000) {
        return stored.code;
      }
    } catch (e) {
      /* unreadable: none */
    }
    return null;
  }

  remember();
  if (!script.hasAttribute("data-conversion")) {
    return;
  }
  var code = remembered();
  if (!code) {
    return;
  }
  var body = { code: code };
  var value = script.getAttribute("data-value");
  if (value) {
    body.value = Number(value);
  }
  var reference = script.getAttribute("data-reference");
  if (reference) {
    body.reference = reference;
  }
  fetch(hub + "/api/v1/conversions", {
    method: "POST",
    mode: "cors",
    credentials: "omit",
    keepalive: true,
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body)
  }).then(function (response) {
    if (response.ok) {
      try {
        localStorage.removeItem(KEY);
      } catch (e) {
        /* nothing to clean */
      }
    }
  }, function () {
    /* the hub could not be reached: the visitor's page is not disturbed */
  });
})();
