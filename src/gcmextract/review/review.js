"use strict";
(function () {
  const data = JSON.parse(document.getElementById("data").textContent);
  const main = document.getElementById("main");
  const groups = document.getElementById("groups");
  const marks = {}; // item id -> elements drawn for it (boxes or text marks)
  const entries = {}; // item id -> its entry in the side list
  const cls = (item) => "g-" + (item.objective ? "evidence" : item.group);
  const el = (tag, attrs, text) => {
    const e = document.createElement(tag);
    Object.entries(attrs || {}).forEach(([k, v]) => e.setAttribute(k, v));
    if (text !== undefined) e.textContent = text;
    return e;
  };
  document.getElementById("title").textContent = data.title + (data.country ? " - " + data.country : "");
  document.getElementById("note").textContent = data.objectives_note || "";

  function drawPages() {
    const pages = {};
    data.pages.forEach((p) => {
      const div = el("section", { class: "page", id: "page-" + p.number });
      div.appendChild(el("img", { src: p.image, alt: "page " + p.number }));
      div.appendChild(el("span", { class: "no" }, "page " + p.number));
      main.appendChild(div);
      pages[p.number] = div;
    });
    data.items.forEach((item) => {
      marks[item.id] = item.boxes.map((b, k) => {
        const box = el("div", {
          class: "box " + cls(item),
          id: "box-" + item.id + "-" + k,
          title: item.group + ": " + item.text + " (" + item.label + ")",
          style: `left:${b[1]}%;top:${b[2]}%;width:${b[3]}%;height:${b[4]}%`,
        });
        box.addEventListener("click", () => select(item.id, false));
        pages[b[0]].appendChild(box);
        return box;
      });
    });
  }

  function drawText() {
    // the text cut at every start and end of a mention or evidence passage; each piece is marked
    // by the mentions and passages covering it (a mention drawn as a mark, a passage as a tint)
    const text = data.text;
    const cuts = new Set([0, text.length]);
    data.items.forEach((i) => { cuts.add(i.start); cuts.add(i.end); });
    const points = Array.from(cuts).sort((a, b) => a - b);
    const starts = data.items.slice().sort((a, b) => a.start - b.start);
    const pre = el("div", { id: "text" });
    let open = [];
    let next = 0;
    for (let k = 0; k + 1 < points.length; k++) {
      const a = points[k], b = points[k + 1];
      while (next < starts.length && starts[next].start <= a) open.push(starts[next++]);
      open = open.filter((i) => i.end > a);
      const piece = text.slice(a, b);
      if (!open.length) { pre.appendChild(document.createTextNode(piece)); continue; }
      const mention = open.filter((i) => !i.objective).sort((x, y) => (x.end - x.start) - (y.end - y.start))[0];
      const node = el(mention ? "mark" : "span", { class: mention ? cls(mention) : "" }, piece);
      if (open.some((i) => i.objective)) node.classList.add("ev");
      if (mention) {
        node.title = mention.group + ": " + mention.label;
        node.addEventListener("click", () => select(mention.id, false));
      }
      open.forEach((i) => { (marks[i.id] = marks[i.id] || []).push(node); });
      pre.appendChild(node);
    }
    main.appendChild(pre);
  }

  function drawList() {
    const byGroup = new Map();
    data.items.forEach((item) => {
      if (!byGroup.has(item.group)) byGroup.set(item.group, []);
      byGroup.get(item.group).push(item);
    });
    byGroup.forEach((list, name) => {
      groups.appendChild(el("h2", {}, name + " (" + list.length + ")"));
      const ul = el("ul");
      list.forEach((item) => {
        const li = el("li", { class: "item " + cls(item), id: "item-" + item.id, tabindex: "0" }, item.text);
        const where = item.page ? "page " + item.page + ", " : "";
        const conf = item.confidence === null ? "" : ", confidence " + item.confidence.toFixed(2);
        li.appendChild(el("small", {}, where + item.label + conf));
        li.addEventListener("click", () => select(item.id, true));
        li.addEventListener("keydown", (e) => { if (e.key === "Enter") select(item.id, true); });
        ul.appendChild(li);
        entries[item.id] = li;
      });
      groups.appendChild(ul);
    });
  }

  let current = [];
  function select(id, scroll) {
    current.forEach((e) => e.classList.remove("current"));
    current = (marks[id] || []).concat(entries[id] ? [entries[id]] : []);
    current.forEach((e) => e.classList.add("current"));
    const target = (marks[id] || [])[0] || (data.pages && document.getElementById("page-" + data.items[id].page));
    if (scroll && target) target.scrollIntoView({ block: "center" });
    if (!scroll && entries[id]) entries[id].scrollIntoView({ block: "nearest" });
  }

  const filter = document.getElementById("filter");
  filter.addEventListener("input", () => {
    const level = parseFloat(filter.value);
    document.getElementById("level").textContent = level.toFixed(2);
    data.items.forEach((item) => {
      const hide = item.confidence !== null && item.confidence < level;
      (marks[item.id] || []).concat(entries[item.id] ? [entries[item.id]] : []).forEach((e) => e.classList.toggle("hidden", hide));
    });
  });

  if (data.pages) drawPages(); else drawText();
  drawList();
  document.body.setAttribute("data-ready", "1");
})();
