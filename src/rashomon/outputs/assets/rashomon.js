/* Rashomon pages: render the Vega-Lite charts, filter, and prepare for print.
   Chart specs come from <script type="application/json" id="chart-specs">;
   a chart inside a closed <details> is rendered when it is opened. */
(function () {
  "use strict";
  var source = document.getElementById("chart-specs");
  var specs = source ? JSON.parse(source.textContent) : {};
  var views = {};

  function render(el) {
    if (views[el.id] || !specs[el.id] || el.closest("details:not([open])")) return;
    try {
      var compiled = vegaLite.compile(specs[el.id]).spec;
      var view = new vega.View(vega.parse(compiled), {renderer: "svg", container: el, hover: true});
      views[el.id] = view;
      view.runAsync().then(function () { el.setAttribute("data-rendered", "true"); });
    } catch (err) {
      el.textContent = "This chart could not be drawn: " + err.message;
    }
  }

  function renderVisible() {
    document.querySelectorAll(".chart").forEach(render);
  }

  document.addEventListener("toggle", function (event) {
    if (event.target.open) renderVisible();
  }, true);

  window.addEventListener("beforeprint", function () {
    document.querySelectorAll("details").forEach(function (d) { d.open = true; });
    renderVisible();
  });

  var input = document.getElementById("filter");
  var toggles = document.querySelectorAll(".type-toggle");

  function applyFilters() {
    var words = input ? input.value.trim().toLowerCase() : "";
    var off = {};
    toggles.forEach(function (t) { if (!t.checked) off[t.value] = true; });
    document.querySelectorAll(".filterable").forEach(function (el) {
      var match = !words || el.textContent.toLowerCase().indexOf(words) >= 0;
      el.hidden = !match || Boolean(el.dataset.type && off[el.dataset.type]);
    });
  }

  if (input) input.addEventListener("input", applyFilters);
  toggles.forEach(function (t) { t.addEventListener("change", applyFilters); });
  renderVisible();
})();
