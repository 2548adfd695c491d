// Review page, progressive enhancement: a rating that is not plainly met opens its notes,
// and the summary of unrated and unmet criteria follows the ratings as they are set.
(function () {
  "use strict";
  var form = document.querySelector(".review-form");
  if (!form) { return; }
  var criteria = Array.prototype.slice.call(form.querySelectorAll("fieldset.criterion"));

  function code(fieldset) { return fieldset.querySelector("legend").textContent.split(" ")[0]; }

  function links(list) {
    return list.map(function (fieldset) { return '<a href="#' + fieldset.id + '">' + code(fieldset) + "</a>"; }).join(", ");
  }

  function rating(fieldset) {
    var checked = fieldset.querySelector("input[type=radio]:checked");
    return checked ? checked.value : "";
  }

  function refresh() {
    var unrated = criteria.filter(function (f) { return !rating(f); });
    var unmet = criteria.filter(function (f) { return rating(f) === "teilweise" || rating(f) === "nicht_erfuellt"; });
    form.querySelector("[data-summary=unrated]").innerHTML = unrated.length
      ? unrated.length + " von " + criteria.length + " noch nicht bewertet: " + links(unrated)
      : "alle " + criteria.length + " Kriterien bewertet";
    form.querySelector("[data-summary=unmet]").innerHTML = unmet.length
      ? "Nicht oder teilweise erfüllt: " + links(unmet)
      : "Keines nicht oder teilweise erfüllt";
  }

  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("fieldset.criterion");
    if (!fieldset || event.target.type !== "radio") { return; }
    if (event.target.value === "teilweise" || event.target.value === "nicht_erfuellt") {
      fieldset.querySelector("details.criterion-notes").open = true;
    }
    refresh();
  });
})();
