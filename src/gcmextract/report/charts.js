// The report's bar charts, drawn as SVG from the page's chart data (no library, nothing fetched).
// Labels and values go in as text nodes: document text is never read as markup.
var GcmCharts = (function () {
  var NS = "http://www.w3.org/2000/svg";
  var WIDTH = 720, ROW = 20, TOP = 48, BOTTOM = 30, PLOT_V = 220;

  function node(parent, name, attrs, text) {
    var el = document.createElementNS(NS, name);
    Object.keys(attrs).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    if (text !== undefined) el.textContent = String(text);
    parent.appendChild(el);
    return el;
  }

  function fmt(v) { return Number(v).toLocaleString("en", { maximumFractionDigits: 0 }); }
  function short(v) { return Number(v).toLocaleString("en", { notation: "compact" }); }

  function totals(c) {
    return c.labels.map(function (_, i) {
      var bars = c.series.map(function (s) { return s.values[i] || 0; });
      return c.stacked ? bars.reduce(function (a, b) { return a + b; }, 0) : Math.max.apply(null, bars);
    });
  }

  // a position from 0 to 1 along the value axis, and the axis ticks
  function axis(c) {
    var top = c.max || Math.max.apply(null, totals(c).concat([1]));
    if (c.scale === "log") {
      var lo = Math.ceil(Math.log10(Math.max(1, Math.min.apply(null, c.series.flatMap(function (s) {
        return s.values.filter(function (v) { return v > 0; });
      }).concat([top]))))) - 1;
      var hi = Math.max(lo + 1, Math.ceil(Math.log10(top)));
      var ticks = [];
      for (var e = lo; e <= hi; e++) ticks.push(Math.pow(10, e));
      return { at: function (v) { return v > 0 ? (Math.log10(v) - lo) / (hi - lo) : 0; }, ticks: ticks };
    }
    var step = Math.pow(10, Math.floor(Math.log10(top)));
    if (top / step < 3) step /= 2;
    var lin = [];
    for (var t = 0; t <= top; t += step) lin.push(t);
    return { at: function (v) { return v / top; }, ticks: lin };
  }

  function legend(svg, c) {
    var x = 8;
    c.series.forEach(function (s) {
      node(svg, "rect", { x: x, y: 28, width: 10, height: 10, fill: s.colour });
      x += 14 + 7 * node(svg, "text", { x: x + 14, y: 37, "font-size": 11 }, s.name).textContent.length + 12;
    });
  }

  function horizontal(svg, c, scale) {
    var left = Math.min(260, 12 + 6.5 * Math.max.apply(null, c.labels.map(function (l) { return String(l).length; })));
    var plot = WIDTH - left - 20, height = TOP + ROW * c.labels.length + BOTTOM;
    svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + height);
    scale.ticks.forEach(function (t) {
      var x = left + plot * scale.at(t);
      node(svg, "line", { x1: x, x2: x, y1: TOP, y2: height - BOTTOM, stroke: "#ddd" });
      node(svg, "text", { x: x, y: height - BOTTOM + 14, "font-size": 10, "text-anchor": "middle" }, short(t));
    });
    c.labels.forEach(function (label, i) {
      var y = TOP + ROW * i, start = 0;
      node(svg, "text", { x: left - 6, y: y + 14, "font-size": 11, "text-anchor": "end", class: "label" }, label);
      c.series.forEach(function (s) {
        var v = s.values[i];
        if (v === null || v === undefined || (v === 0 && c.stacked)) return;
        var a = c.stacked ? start : 0, b = a + v;
        var bar = node(svg, "rect", {
          class: "bar", x: left + plot * scale.at(a), y: y + 3, height: ROW - 6, fill: s.colour,
          width: Math.max(1, plot * (scale.at(b) - scale.at(a)))
        });
        var counted = s.counts ? " (" + s.counts[i] + " amounts)" : "";
        node(bar, "title", {}, label + ", " + s.name + ": " + fmt(v) + counted);
        if (c.stacked) start = b;
      });
    });
  }

  function vertical(svg, c, scale) {
    var left = 44, plot = WIDTH - left - 20, height = TOP + PLOT_V + BOTTOM;
    var w = plot / c.labels.length;
    svg.setAttribute("viewBox", "0 0 " + WIDTH + " " + height);
    scale.ticks.forEach(function (t) {
      var y = TOP + PLOT_V * (1 - scale.at(t));
      node(svg, "line", { x1: left, x2: WIDTH - 20, y1: y, y2: y, stroke: "#ddd" });
      node(svg, "text", { x: left - 4, y: y + 4, "font-size": 10, "text-anchor": "end" }, short(t));
    });
    c.labels.forEach(function (label, i) {
      var x = left + w * i;
      if (Number(label) % (c.step || 1) === 0) {
        node(svg, "text", { x: x + w / 2, y: TOP + PLOT_V + 14, "font-size": 10, "text-anchor": "middle", class: "label" }, label);
      }
      c.series.forEach(function (s) {
        var v = s.values[i];
        if (!v) return;
        var h = PLOT_V * scale.at(v);
        var bar = node(svg, "rect", { class: "bar", x: x + w * 0.1, width: w * 0.8, y: TOP + PLOT_V - h, height: h, fill: s.colour });
        node(bar, "title", {}, label + ": " + fmt(v) + " " + s.name);
      });
    });
  }

  function draw(el, c) {
    var svg = node(el, "svg", { width: "100%", role: "img", "font-family": "system-ui, sans-serif" });
    node(svg, "text", { x: 8, y: 18, "font-size": 14, "font-weight": "bold" }, c.title);
    legend(svg, c);
    (c.orientation === "v" ? vertical : horizontal)(svg, c, axis(c));
  }

  return { draw: draw };
})();
