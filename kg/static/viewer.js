/* ewp-kg viewer: draws the embedded graph with vis-network.
 * Every piece of graph text reaches the page through textContent or as a
 * plain-text vis tooltip; never through innerHTML. */
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("kg-data").textContent);
  var classStyle = {}, relStyle = {};
  data.classes.forEach(function (c) { classStyle[c.key] = c; });
  data.relations.forEach(function (r) { relStyle[r.key] = r; });
  var hiddenClasses = {}, hiddenRelations = {};

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    if (attrs) Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  var nodes = new vis.DataSet(data.nodes);
  var edges = new vis.DataSet(data.edges);
  var nodeView = new vis.DataView(nodes, { filter: function (n) { return !hiddenClasses[n.cls]; } });
  var edgeView = new vis.DataView(edges, {
    filter: function (e) {
      if (hiddenRelations[e.rel]) return false;
      var a = nodes.get(e.from), b = nodes.get(e.to);
      return !!a && !!b && !hiddenClasses[a.cls] && !hiddenClasses[b.cls];
    }
  });

  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: nodeView, edges: edgeView }, data.options);
  var viewer = window.kgViewer = {
    data: data, nodes: nodes, edges: edges, network: network,
    ready: false, readyMs: null, focusNode: focusNode, showNode: showNode
  };
  network.once("afterDrawing", function () {
    viewer.ready = true;
    viewer.readyMs = performance.now();
    document.body.setAttribute("data-ready", "1");
  });
  if (data.meta.layout === "physics") {
    network.once("stabilizationIterationsDone", function () { network.fit(); });
  }

  // ---------------------------------------------------------------- geographic graticule
  var g = data.meta.graticule;
  if (data.meta.layout === "geo" && g && g.k) {
    network.on("beforeDrawing", function (ctx) {
      ctx.save();
      ctx.strokeStyle = "#e4e9ef"; ctx.fillStyle = "#9aa7b4"; ctx.lineWidth = 1; ctx.font = "12px sans-serif";
      var x0 = (g.lonMin - g.lon0) * g.k * g.coslat, x1 = (g.lonMax - g.lon0) * g.k * g.coslat;
      var y0 = -(g.latMax - g.lat0) * g.k, y1 = -(g.latMin - g.lat0) * g.k;
      for (var lon = Math.ceil(g.lonMin); lon <= g.lonMax; lon += 1) {
        var x = (lon - g.lon0) * g.k * g.coslat;
        ctx.beginPath(); ctx.moveTo(x, y0); ctx.lineTo(x, y1); ctx.stroke();
        if (lon % 2 === 0) ctx.fillText(lon + "°E", x + 2, y1 - 4);
      }
      for (var lat = Math.ceil(g.latMin); lat <= g.latMax; lat += 1) {
        var y = -(lat - g.lat0) * g.k;
        ctx.beginPath(); ctx.moveTo(x0, y); ctx.lineTo(x1, y); ctx.stroke();
        if (lat % 2 === 0) ctx.fillText(lat + "°N", x0 + 2, y - 3);
      }
      ctx.restore();
    });
  }

  // ---------------------------------------------------------------- legend and filters
  function refresh() {
    nodeView.refresh();
    edgeView.refresh();
    updateStats();
  }
  function updateStats() {
    document.getElementById("stats").textContent =
      nodeView.length + " / " + nodes.length + " nodes · " + edgeView.length + " / " + edges.length + " edges · " + data.meta.layout;
  }
  var legendClasses = document.getElementById("legend-classes");
  data.classes.forEach(function (c) {
    if (!c.count) return;
    var box = el("input", { type: "checkbox", "data-class": c.key });
    box.checked = true;
    box.addEventListener("change", function () { hiddenClasses[c.key] = !box.checked; refresh(); });
    var label = el("label");
    var glyph = el("span", { "class": "glyph" }, c.glyph);
    glyph.style.color = c.color;
    label.appendChild(box); label.appendChild(glyph);
    label.appendChild(el("span", null, c.label + " " + c.key));
    label.appendChild(el("span", { "class": "count" }, c.count));
    legendClasses.appendChild(label);
  });
  var legendRelations = document.getElementById("legend-relations");
  data.relations.forEach(function (r) {
    if (!r.count) return;
    var box = el("input", { type: "checkbox", "data-relation": r.key });
    box.checked = true;
    box.addEventListener("change", function () { hiddenRelations[r.key] = !box.checked; refresh(); });
    var label = el("label");
    var swatch = el("span", { "class": "swatch" + (r.key === "partOf" || r.key === "basedIn" || r.key === "memberOf" ? " dashed" : "") });
    swatch.style.background = r.color;
    label.appendChild(box); label.appendChild(swatch);
    label.appendChild(el("span", null, r.label + " " + r.key));
    label.appendChild(el("span", { "class": "count" }, r.count));
    legendRelations.appendChild(label);
  });
  updateStats();

  // ---------------------------------------------------------------- search by any name
  var byName = {};
  var datalist = document.getElementById("search-names");
  nodes.forEach(function (n) {
    (n.names || [n.label]).forEach(function (name) {
      if (!byName[name]) {
        byName[name] = n.id;
        if (datalist.childNodes.length < 5000) datalist.appendChild(el("option", { value: name }));
      }
    });
  });
  function findNode(query) {
    query = query.trim();
    if (!query) return null;
    if (byName[query]) return byName[query];
    var best = null, bestLen = Infinity;
    nodes.forEach(function (n) {
      (n.names || []).forEach(function (name) {
        if (name.indexOf(query) !== -1 && name.length < bestLen) { best = n.id; bestLen = name.length; }
      });
    });
    return best;
  }
  function focusNode(id) {
    var node = nodes.get(id);
    if (!node) return false;
    if (hiddenClasses[node.cls]) {
      hiddenClasses[node.cls] = false;
      var box = legendClasses.querySelector('input[data-class="' + node.cls + '"]');
      if (box) box.checked = true;
      refresh();
    }
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.0), animation: { duration: 400, easingFunction: "easeInOutQuad" } });
    showNode(id);
    return true;
  }
  document.getElementById("search").addEventListener("submit", function (event) {
    event.preventDefault();
    var query = document.getElementById("search-input").value;
    var id = findNode(query);
    document.getElementById("search-status").textContent = id ? "" : "not found: " + query;
    if (id) focusNode(id);
  });

  // ---------------------------------------------------------------- side panel
  var panel = document.getElementById("panel");
  var body = document.getElementById("panel-body");
  document.getElementById("panel-close").addEventListener("click", function () { panel.hidden = true; });

  function nameOf(id) {
    var n = nodes.get(id);
    return n ? (n.names && n.names[0]) || n.label : (data.labels[id] || id);
  }
  function nodeLink(id) {
    if (!nodes.get(id)) return el("span", null, nameOf(id));
    var button = el("button", { type: "button", "class": "link" }, nameOf(id));
    button.addEventListener("click", function () { focusNode(id); });
    return button;
  }
  var verbs = { pairsWith: "pairsWith 结对", funds: "funds 资助", secondsStaffTo: "secondsStaffTo 选派" };
  function factBlock(index) {
    var fact = data.facts[String(index)];
    var box = el("div", { "class": "fact" });
    if (!fact) return box;
    var head = el("div", { "class": "head" });
    head.appendChild(nodeLink(fact.from));
    head.appendChild(document.createTextNode(" " + (verbs[fact.rel] || fact.rel) + " "));
    head.appendChild(nodeLink(fact.to));
    box.appendChild(head);
    if (fact.detail) box.appendChild(el("div", { "class": "detail" }, fact.detail));
    if (fact.secondees && fact.secondees.length) {
      var who = el("div", null, "secondees: ");
      fact.secondees.forEach(function (p, i) { if (i) who.appendChild(document.createTextNode("、")); who.appendChild(nodeLink(p)); });
      box.appendChild(who);
    }
    if (fact.evidence) box.appendChild(el("blockquote", { "class": "evidence" }, fact.evidence));
    var doc = fact.doc || {};
    if (doc.title || doc.file) {
      box.appendChild(el("div", { "class": "source" }, "source: " + [doc.title, doc.file].filter(Boolean).join(" · ")));
    }
    return box;
  }
  function showNode(id) {
    var n = nodes.get(id);
    if (!n) return;
    var style = classStyle[n.cls] || {};
    body.textContent = "";
    body.appendChild(el("h2", null, n.names ? n.names[0] : n.label));
    var cls = el("span", { "class": "cls" }, (style.label || "") + " " + n.cls);
    cls.style.background = style.color || "#777";
    body.appendChild(cls);
    if (n.level) body.appendChild(el("span", { "class": "level" }, "  level: " + n.level));
    if (n.titles && n.titles.length) body.appendChild(el("div", { "class": "names" }, "职务 title: " + n.titles.join("、")));
    if (n.names && n.names.length > 1) body.appendChild(el("div", { "class": "names" }, "又名 also: " + n.names.slice(1).join("、")));
    if (n.path && n.path.length) body.appendChild(el("div", { "class": "path" }, n.path.join(" › ")));
    if (n.folded && n.folded.length) body.appendChild(el("div", { "class": "folded" }, "folded in: " + n.folded.join("、")));
    body.appendChild(el("h4", null, "Facts · 事实 (" + (n.facts || []).length + ")"));
    (n.facts || []).forEach(function (i) { body.appendChild(factBlock(i)); });
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  function showEdge(id) {
    var e = edges.get(id);
    if (!e) return;
    body.textContent = "";
    body.appendChild(el("h2", null, nameOf(e.from) + " → " + nameOf(e.to)));
    body.appendChild(el("div", { "class": "names" }, e.rel + (relStyle[e.rel] ? " · " + relStyle[e.rel].label : "")));
    var facts = e.facts || [];
    if (!facts.length) body.appendChild(el("div", { "class": "path" }, "A direct link without a qualified fact."));
    facts.forEach(function (i) { body.appendChild(factBlock(i)); });
    panel.hidden = false;
    panel.scrollTop = 0;
  }
  viewer.showEdge = showEdge;
  network.on("click", function (params) {
    if (params.nodes && params.nodes.length) showNode(params.nodes[0]);
    else if (params.edges && params.edges.length) showEdge(params.edges[0]);
  });
  if (data.meta.focus && nodes.get(data.meta.focus)) {
    network.once("afterDrawing", function () { network.selectNodes([data.meta.focus]); showNode(data.meta.focus); });
  }
})();
