(function () {
  var data = JSON.parse(document.getElementById("data").textContent);
  document.getElementById("summary").textContent =
    data.documents.length + " documents from " + data.countries.length + " countries.";
  var table = document.getElementById("heatmap");
  var head = document.createElement("tr");
  head.appendChild(document.createElement("th")).textContent = "country";
  for (var n = 1; n <= 23; n++) {
    var th = document.createElement("th");
    th.textContent = n;
    th.title = data.titles[n] || "";
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
        if (cell.explicit) { td.className += " explicit"; td.textContent = "E"; }
        else { td.className += " classified"; }
        td.title = country + ", objective " + n + ": score " + cell.score.toFixed(2) + (cell.explicit ? " (explicit)" : " (classified)");
      }
      row.appendChild(td);
    }
    table.appendChild(row);
  });
})();
