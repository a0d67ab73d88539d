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
    // mentions as marks in the text; evidence passages and overlaps are reached through their start
    const text = data.text;
    const spans = data.items.filter((i) => !i.objective).sort((a, b) => a.start - b.start || b.end - a.end);
    const pre = el("div", { id: "text" });
    let pos = 0;
    spans.forEach((item) => {
      if (item.start < pos) return;
      pre.appendChild(document.createTextNode(text.slice(pos, item.start)));
      const mark = el("mark", { class: cls(item), id: "mark-" + item.id, title: item.label }, text.slice(item.start, item.end));
      mark.addEventListener("click", () => select(item.id, false));
      pre.appendChild(mark);
      marks[item.id] = [mark];
      pos = item.end;
    });
    pre.appendChild(document.createTextNode(text.slice(pos)));
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
