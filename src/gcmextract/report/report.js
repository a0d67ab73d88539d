(function () {
  var data = JSON.parse(document.getElementById("data").textContent);
  document.getElementById("summary").textContent =
    data.documents.length + " documents from " + data.countries.length + " countries.";
  var table = document.getElementById("heatmap");
  var head = document.createElement("tr");
  head.appendChild(document.createElement("th")).textContent = "country";
  for (var n = 1; n <= 23; n++) {
    var th = document.createElement("th");
    th.className = "objective";
    var link = th.appendChild(document.createElement("a"));
    link.href = "#objective-" + n;
    link.textContent = n + " " + (data.short_titles[n] || "");
    th.title = data.titles[n] || data.short_titles[n] || "";
    head.appendChild(th);
  }
  table.appendChild(head);
  data.countries.forEach(function (country) {
    var row = document.createElement("tr");
    row.appendChild(document.createElement("th")).textContent = country;
    for (var n = 1; n <= 23; n++) {
      var cell = data.cells[country + "|" + n];
      var td = document.createElement("td");
      td.className = "cell";
      if (cell) {
        var a = Math.min(1, Math.max(0.08, cell.score));
        td.style.background = "rgba(43,108,176," + a.toFixed(2) + ")";
        var to = td.appendChild(document.createElement("a"));
        to.href = "#objective-" + n;
        if (cell.explicit) { td.className += " explicit"; to.textContent = "E"; }
        else { td.className += " classified"; to.textContent = "\u2022"; }
        td.title = country + ", objective " + n + ": score " + cell.score.toFixed(2) + (cell.explicit ? " (explicit)" : " (classified)");
      }
      row.appendChild(td);
    }
    table.appendChild(row);
  });
  // the charts: bars computed in Python, drawn as SVG by the inlined charts.js
  JSON.parse(document.getElementById("charts").textContent).forEach(function (chart) {
    var el = document.getElementById(chart.id);
    if (!el) return;
    try {
      GcmCharts.draw(el, chart);
    } catch (err) {
      el.textContent = "chart not drawn: " + err;
    }
  });
})();
