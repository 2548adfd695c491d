/* Search page: apply filters without reloading the page, and announce the new count.
   Without this script the form still works with its submit buttons. No inline JS (CSP). */
(function () {
  "use strict";

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () { window.print(); });
  });

  var form = document.getElementById("suche");
  var region = document.getElementById("ergebnis-bereich");
  var status = document.getElementById("trefferzahl");
  if (!form || !region || !status || !window.fetch || !window.DOMParser || !window.URLSearchParams) {
    return;
  }
  document.querySelectorAll("[data-js-hint]").forEach(function (el) { el.hidden = false; });
  document.querySelectorAll("[data-no-js]").forEach(function (el) { el.hidden = true; });

  var controller = null;
  var announcing = null;
  // The search the page shows; a change of only the fragment (the skip link) is no new search.
  var shown = window.location.pathname + window.location.search;

  function announce(text) {
    window.clearTimeout(announcing);
    if (status.textContent !== text) {
      status.textContent = text;
      return;
    }
    // A live region speaks only when its text changes: the same count after a filter
    // change is cleared and written again, so that it is announced too.
    status.textContent = "";
    announcing = window.setTimeout(function () { status.textContent = text; }, 150);
  }

  function currentUrl() {
    var query = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (typeof value === "string" && value.trim() !== "") { query.append(name, value); }
    });
    var text = query.toString();
    return form.action + (text ? "?" + text : "");
  }

  function imported(node) {
    return Array.prototype.map.call(node.childNodes, function (child) {
      return document.importNode(child, true);
    });
  }

  function updateOptions(doc) {
    form.querySelectorAll("input[type=checkbox]").forEach(function (input) {
      var fresh = doc.getElementById(input.id);
      if (!fresh) { return; }
      input.checked = fresh.checked;
      // Never disable the control that has the focus: the keyboard user would lose their place.
      input.disabled = fresh.disabled && input !== document.activeElement;
      var label = form.querySelector("label[for='" + input.id + "']");
      var freshLabel = doc.querySelector("label[for='" + input.id + "']");
      if (label && freshLabel) { label.replaceChildren.apply(label, imported(freshLabel)); }
      var item = input.closest("li");
      var freshItem = fresh.closest("li");
      if (item && freshItem) { item.className = freshItem.className; }
    });
    form.querySelectorAll("details.facet").forEach(function (details) {
      var fresh = doc.getElementById(details.id);
      var summary = details.querySelector("summary");
      var freshSummary = fresh && fresh.querySelector("summary");
      if (summary && freshSummary) { summary.replaceChildren.apply(summary, imported(freshSummary)); }
    });
  }

  function load(url, remember) {
    if (controller) { controller.abort(); }
    controller = new AbortController();
    region.setAttribute("aria-busy", "true");
    fetch(url, { headers: { "Accept": "text/html" }, signal: controller.signal })
      .then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.text();
      })
      .then(function (html) {
        var doc = new DOMParser().parseFromString(html, "text/html");
        var freshRegion = doc.getElementById("ergebnis-bereich");
        var freshStatus = doc.getElementById("trefferzahl");
        if (!freshRegion || !freshStatus) { throw new Error("unexpected page"); }
        region.replaceChildren.apply(region, imported(freshRegion));
        updateOptions(doc);
        document.title = doc.title;
        if (remember) { window.history.pushState({ search: true }, "", url); }
        shown = window.location.pathname + window.location.search;
        region.removeAttribute("aria-busy");
        announce(freshStatus.textContent);
      })
      .catch(function (error) {
        if (error.name !== "AbortError") { window.location.assign(url); }
      });
  }

  document.addEventListener("change", function (event) {
    var target = event.target;
    if (target.form === form && target.name && target.name !== "q") { load(currentUrl(), true); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    load(currentUrl(), true);
  });
  window.addEventListener("popstate", function () {
    // Back/forward to another search shows it; the skip link ("#ergebnisse") also fires
    // popstate, and reloading then would throw the keyboard user back to the top.
    if (window.location.pathname + window.location.search !== shown) { window.location.reload(); }
  });
})();
