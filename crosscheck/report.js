// The report page's filters and keys (crosscheck/htmlreport.py inlines them).
(function () {
  var kind = document.getElementById("kind"), source = document.getElementById("source"),
      search = document.getElementById("search");
  var items = Array.prototype.slice.call(document.querySelectorAll("[data-text]"));
  function apply() {
    var k = kind.value, s = source.value, q = search.value.trim().toLowerCase();
    items.forEach(function (el) {
      var show = (!k || (" " + el.dataset.kinds + " ").indexOf(" " + k + " ") >= 0) &&
                 (!s || (" " + el.dataset.sources + " ").indexOf(" " + s + " ") >= 0) &&
                 (!q || el.dataset.text.indexOf(q) >= 0);
      el.hidden = !show;
    });
  }
  [kind, source].forEach(function (el) { el.addEventListener("change", apply); });
  search.addEventListener("input", apply);
  function cards() {
    return Array.prototype.slice.call(document.querySelectorAll(".card")).filter(function (el) { return !el.hidden; });
  }
  document.addEventListener("keydown", function (event) {
    if (event.target === search) { if (event.key === "Escape") { search.value = ""; apply(); search.blur(); } return; }
    if (event.target.tagName === "SELECT" || event.ctrlKey || event.metaKey || event.altKey) { return; }
    if (event.key === "/") { event.preventDefault(); search.focus(); return; }
    if (event.key === "Escape") { kind.value = ""; source.value = ""; search.value = ""; apply(); return; }
    if (event.key !== "j" && event.key !== "k") { return; }
    var list = cards(), at = list.indexOf(document.activeElement);
    var next = list[event.key === "j" ? Math.min(at + 1, list.length - 1) : Math.max(at - 1, 0)];
    if (next) { next.setAttribute("tabindex", "-1"); next.focus(); next.scrollIntoView({block: "nearest"}); }
  });
  document.documentElement.setAttribute("data-ready", "")  // the script ran: the filters work
  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
  });
})();
