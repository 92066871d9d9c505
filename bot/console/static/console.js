// The console's only script (CSP script-src 'self'): live refresh of the page's regions.
// Regions are server-rendered, escaped HTML; the socket only says "refresh", never data.
(function () {
  "use strict";
  var body = document.body;
  var kind = body.getAttribute("data-live");
  if (!kind) { return; }
  var conversation = body.getAttribute("data-conversation");
  var busy = false, again = false, pollTimer = null;

  function refresh() {
    if (busy) { again = true; return; }
    busy = true;
    fetch(location.pathname, { headers: { "X-Console-Refresh": "1" }, credentials: "same-origin",
                               redirect: "manual" })
      .then(function (r) {
        if (r.type === "opaqueredirect" || r.status === 401 || r.status === 403) {
          location.assign("/console/login");
          return null;
        }
        return r.ok ? r.text() : null;
      })
      .then(function (html) {
        if (html === null) { return; }
        var fresh = new DOMParser().parseFromString(html, "text/html");
        fresh.querySelectorAll("[data-region]").forEach(function (el) {
          var old = el.id && document.getElementById(el.id);
          if (old) { old.replaceWith(document.importNode(el, true)); }
        });
        body.setAttribute("data-refreshed", String(Date.now()));
      })
      .catch(function () { /* the next event or poll tries again */ })
      .then(function () {
        busy = false;
        if (again) { again = false; refresh(); }
        watchDeliveries();
      });
  }

  function watchDeliveries() {
    // Delivery states change without a console event: poll while a reply is on its way.
    if (pollTimer) { clearTimeout(pollTimer); pollTimer = null; }
    if (document.querySelector('[data-state="pending"], [data-state="sending"]')) {
      pollTimer = setTimeout(refresh, 1500);
    }
  }

  function connect() {
    var scheme = location.protocol === "https:" ? "wss://" : "ws://";
    var url = scheme + location.host + "/console/live" +
      (conversation ? "?c=" + encodeURIComponent(conversation) : "");
    var ws = new WebSocket(url);
    ws.onopen = function () { body.setAttribute("data-live-connected", "1"); };
    ws.onmessage = function (e) {
      try { if (JSON.parse(e.data).type === "refresh") { refresh(); } } catch (err) { /* ignore */ }
    };
    ws.onclose = function (e) {
      body.removeAttribute("data-live-connected");
      if (e.code === 4401) { location.assign("/console/login"); return; }
      setTimeout(connect, 3000);
    };
  }

  connect();
  watchDeliveries();
})();
