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
  // a large batch's evidence rows: listed here from compact data, each document linked once in data
  var holder = document.getElementById("evidence");
  if (holder && data.evidence) {
    Object.keys(data.evidence).forEach(function (n) {
      var section = holder.appendChild(document.createElement("section"));
      section.id = "objective-" + n;
      section.className = "evidence";
      section.appendChild(document.createElement("h3")).textContent =
        "Objective " + n + ": " + (data.titles[n] || "");
      var list = section.appendChild(document.createElement("ul"));
      data.evidence[n].forEach(function (row) {
        var li = list.appendChild(document.createElement("li"));
        var id = data.documents[row[0]], href = data.document_hrefs[row[0]];
        var name = li.appendChild(document.createElement(href ? "a" : "span"));
        if (href) name.href = href;
        name.textContent = id;
        li.appendChild(document.createTextNode(" (" + data.document_countries[row[0]] + "): "));
        if (row[1]) {
          li.appendChild(document.createElement("b")).textContent = "named explicitly";
          if (row[3]) {
            li.appendChild(document.createTextNode(" (" + row[3] + (row[3] > 1 ? " references)" : " reference)")));
          }
        } else {
          li.appendChild(document.createTextNode("classified, score " + row[2]));
        }
      });
    });
  }
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
