/// The page's script, plain JavaScript with no library: zoom (wheel) and pan (drag) of the map, the
/// search box (also driven by a `#search=NAME` fragment), node cards on hover, pinned by a click (or
/// `#card=NAME`), the map's filters by kind, group, role and tie kind (also `#filter-kind=K`,
/// `#filter-group=G`, `#filter-role=R`, `#hide-tie=K`), SVG and PNG downloads of every figure (also
/// `#download=FIGURE.FORMAT`), sortable tables.
enum ReportScript {
    static let javascript = #"""
        (function () {
          "use strict";
          var data = JSON.parse(document.getElementById("report-data").textContent);
          var map = document.getElementById("map");
          var svg = map ? map.querySelector("svg") : null;
          var input = document.getElementById("search");
          var status = document.getElementById("search-status");
          var card = document.getElementById("card");

          function nodeElement(i) { return document.getElementById("node:" + data.nodes[i].id); }

          // Zoom and pan by changing the SVG's viewBox.
          if (svg && svg.viewBox && svg.viewBox.baseVal) {
            var base = svg.viewBox.baseVal;
            var home = [base.x, base.y, base.width, base.height];
            var view = home.slice();
            var apply = function () { svg.setAttribute("viewBox", view.join(" ")); };
            var toSvg = function (event) {
              var box = svg.getBoundingClientRect();
              return [view[0] + (event.clientX - box.left) / box.width * view[2],
                      view[1] + (event.clientY - box.top) / box.height * view[3]];
            };
            svg.addEventListener("wheel", function (event) {
              event.preventDefault();
              var p = toSvg(event);
              var k = event.deltaY < 0 ? 0.85 : 1 / 0.85;
              view = [p[0] - (p[0] - view[0]) * k, p[1] - (p[1] - view[1]) * k, view[2] * k, view[3] * k];
              apply();
            }, { passive: false });
            var drag = null;
            svg.addEventListener("mousedown", function (event) {
              drag = { x: event.clientX, y: event.clientY, view: view.slice(), moved: false };
            });
            window.addEventListener("mousemove", function (event) {
              if (!drag) { return; }
              var box = svg.getBoundingClientRect();
              var dx = (event.clientX - drag.x) / box.width * view[2];
              var dy = (event.clientY - drag.y) / box.height * view[3];
              if (Math.abs(event.clientX - drag.x) + Math.abs(event.clientY - drag.y) > 3) { drag.moved = true; }
              view = [drag.view[0] - dx, drag.view[1] - dy, view[2], view[3]];
              apply();
            });
            window.addEventListener("mouseup", function () { setTimeout(function () { drag = null; }, 0); });
            document.getElementById("reset-view").addEventListener("click", function () { view = home.slice(); apply(); });
          }

          // Search: highlight the best match and its neighbours.
          function clear() {
            var marked = document.querySelectorAll(".hl, .hl-nb");
            for (var i = 0; i < marked.length; i++) { marked[i].classList.remove("hl", "hl-nb"); }
            if (map) { map.classList.remove("searching"); }
            document.body.removeAttribute("data-search-hit");
          }
          function find(query) {
            var q = query.trim().toLowerCase();
            if (!q) { return -1; }
            var partial = -1;
            for (var i = 0; i < data.nodes.length; i++) {
              var label = data.nodes[i].label.toLowerCase(), id = data.nodes[i].id.toLowerCase();
              if (label === q || id === q) { return i; }
              if (partial < 0 && (label.indexOf(q) >= 0 || id.indexOf(q) >= 0)) { partial = i; }
            }
            return partial;
          }
          function search(query) {
            clear();
            if (!query.trim()) { status.textContent = ""; return; }
            var i = find(query);
            if (i < 0) {
              status.textContent = data.nodes.length < data.nodeCount
                ? "no node matches among the " + data.nodes.length + " of " + data.nodeCount + " this page holds"
                : "no node matches";
              return;
            }
            var element = nodeElement(i);
            if (element) { element.classList.add("hl"); }
            data.nodes[i].nb.forEach(function (j) {
              var neighbour = nodeElement(j);
              if (neighbour) { neighbour.classList.add("hl-nb"); }
            });
            if (map) { map.classList.add("searching"); }
            document.body.setAttribute("data-search-hit", data.nodes[i].id);
            status.textContent = data.nodes[i].label + " and " + data.nodes[i].nb.length
              + (data.nodes.length < data.nodeCount ? " neighbours on this page" : " neighbours");
          }
          if (input) {
            input.addEventListener("input", function () { search(input.value); });
          }

          // Node cards.
          function text(tag, content) { var e = document.createElement(tag); e.textContent = content; return e; }
          function showCard(i, pin) {
            var node = data.nodes[i];
            card.textContent = "";
            var close = text("button", pin ? "Unpin" : "Close");
            close.type = "button";
            close.addEventListener("click", function () { card.hidden = true; card.removeAttribute("data-pinned"); });
            card.appendChild(close);
            if (pin) { card.setAttribute("data-pinned", node.id); } else { card.removeAttribute("data-pinned"); }
            card.appendChild(text("h3", node.label));
            card.appendChild(text("p", node.kind + (node.label !== node.id ? " \u00b7 " + node.id : "")
              + (node.g ? " \u00b7 " + node.g : "")));
            var table = document.createElement("table");
            data.metrics.forEach(function (name, k) {
              var row = table.insertRow();
              row.insertCell().textContent = name;
              var value = node.m[k];
              row.insertCell().textContent = value === null ? "\u2014" : (Math.round(value) === value ? String(value) : value.toFixed(4));
            });
            card.appendChild(table);
            card.appendChild(text("p", node.r.length ? "Roles: " + node.r.join(", ").replace(/_/g, " ") : "No role."));
            card.hidden = false;
          }
          if (svg) {
            var index = {};
            data.nodes.forEach(function (node, i) { index["node:" + node.id] = i; });
            svg.addEventListener("click", function (event) {
              if (drag && drag.moved) { return; }
              var target = event.target.closest ? event.target.closest("g.node") : null;
              if (target && index.hasOwnProperty(target.id)) { showCard(index[target.id], true); }
            });
            svg.addEventListener("mouseover", function (event) {
              if (drag || card.getAttribute("data-pinned")) { return; }
              var target = event.target.closest ? event.target.closest("g.node") : null;
              if (target && index.hasOwnProperty(target.id)) { showCard(index[target.id], false); }
            });
          }

          // Filters: nodes of unchecked kinds, other groups or without the role fade, with their ties;
          // ties of unchecked kinds fade.
          var filterBox = document.getElementById("map-filters");
          var groupSelect = document.getElementById("filter-group");
          var roleSelect = document.getElementById("filter-role");
          function applyFilters() {
            if (!filterBox) { return; }
            var kinds = {}, ties = {};
            Array.prototype.forEach.call(filterBox.querySelectorAll("input[data-filter]"), function (box) {
              (box.getAttribute("data-filter") === "kind" ? kinds : ties)[box.value] = box.checked;
            });
            var group = groupSelect ? groupSelect.value : "", role = roleSelect ? roleSelect.value : "";
            var visible = [], shown = 0, drawn = 0;
            data.nodes.forEach(function (node, i) {
              var on = kinds[node.kind] !== false && (!group || node.g === group) && (!role || node.r.indexOf(role) >= 0);
              visible[i] = on;
              var element = nodeElement(i);
              if (element) {
                drawn++;
                if (on) { shown++; }
                element.classList.toggle("filtered", !on);
              }
            });
            data.ties.forEach(function (tie) {
              var element = document.getElementById("tie:" + tie[3]);
              if (!element) { return; }
              var on = visible[tie[0]] && visible[tie[1]] && ties[data.tieKinds[tie[2]]] !== false;
              element.classList.toggle("filtered", !on);
            });
            var note = document.getElementById("filter-status");
            if (note) { note.textContent = shown + " of " + drawn + " nodes shown"; }
            document.body.setAttribute("data-filter-shown", String(shown));
          }
          if (filterBox) {
            filterBox.addEventListener("change", applyFilters);
          }

          // Downloads: a figure as SVG, or drawn on a canvas as PNG.
          function save(blob, name) {
            var link = document.createElement("a");
            link.href = URL.createObjectURL(blob);
            link.download = name;
            document.body.appendChild(link);
            link.click();
            document.body.removeChild(link);
            setTimeout(function () { URL.revokeObjectURL(link.href); }, 1000);
            document.body.setAttribute("data-last-download", name + " " + blob.size);
          }
          function figureSVG(id) {
            var box = document.getElementById(id);
            if (!box) { return null; }
            var element = box.querySelector("svg");
            if (element) {
              var clone = element.cloneNode(true);
              if (id === "map" && home) { clone.setAttribute("viewBox", home.join(" ")); }
              return new XMLSerializer().serializeToString(clone);
            }
            var image = box.tagName === "IMG" ? box : box.querySelector("img");
            if (!image) { return null; }
            var bytes = atob(image.getAttribute("src").split(",")[1]);
            return new TextDecoder().decode(Uint8Array.from(bytes, function (c) { return c.charCodeAt(0); }));
          }
          function download(id, name, format) {
            var source = figureSVG(id);
            if (source === null) { return; }
            var blob = new Blob([source], { type: "image/svg+xml" });
            if (format === "svg") { save(blob, name + ".svg"); return; }
            var image = new Image();
            var address = URL.createObjectURL(blob);
            image.onload = function () {
              var width = image.naturalWidth || 1200, height = image.naturalHeight || 900;
              var scale = Math.min(2, Math.sqrt(16000000 / Math.max(1, width * height)));
              var canvas = document.createElement("canvas");
              canvas.width = Math.max(1, Math.round(width * scale));
              canvas.height = Math.max(1, Math.round(height * scale));
              var context = canvas.getContext("2d");
              context.fillStyle = "#ffffff";
              context.fillRect(0, 0, canvas.width, canvas.height);
              context.drawImage(image, 0, 0, canvas.width, canvas.height);
              URL.revokeObjectURL(address);
              canvas.toBlob(function (png) { if (png) { save(png, name + ".png"); } }, "image/png");
            };
            image.src = address;
          }
          Array.prototype.forEach.call(document.querySelectorAll(".downloads"), function (bar) {
            Array.prototype.forEach.call(bar.querySelectorAll("button"), function (button) {
              button.addEventListener("click", function () {
                download(bar.getAttribute("data-figure"), bar.getAttribute("data-name"), button.getAttribute("data-format"));
              });
            });
          });


          // Sortable tables.
          var tables = document.querySelectorAll("table.sortable");
          Array.prototype.forEach.call(tables, function (table) {
            var headers = table.tHead.rows[0].cells;
            Array.prototype.forEach.call(headers, function (header, column) {
              var sort = function () {
                var ascending = header.getAttribute("aria-sort") !== "ascending";
                Array.prototype.forEach.call(headers, function (h) { h.removeAttribute("aria-sort"); });
                header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
                var body = table.tBodies[0];
                var rows = Array.prototype.slice.call(body.rows);
                rows.sort(function (a, b) {
                  var x = a.cells[column].getAttribute("data-sort"), y = b.cells[column].getAttribute("data-sort");
                  if (x === "" || y === "") { return x === y ? 0 : (x === "" ? 1 : -1); }
                  var numeric = /^-?[0-9]+(\.[0-9]+)?(e[-+]?[0-9]+)?$/i;
                  var order = numeric.test(x) && numeric.test(y) ? parseFloat(x) - parseFloat(y) : x.localeCompare(y);
                  return ascending ? order : -order;
                });
                rows.forEach(function (row) { body.appendChild(row); });
              };
              header.addEventListener("click", sort);
              header.addEventListener("keydown", function (event) { if (event.key === "Enter") { sort(); } });
            });
          });

          // The address fragment: #search=NAME highlights, #card=NAME opens a card, #sort=COLUMN sorts the
          // key-actor table (joined by &).
          function fromFragment() {
            var parts = window.location.hash.replace(/^#/, "").split("&");
            parts.forEach(function (part) {
              var cut = part.indexOf("=");
              if (cut < 0) { return; }
              var key = part.slice(0, cut);
              var value = decodeURIComponent(part.slice(cut + 1).replace(/\+/g, " "));
              if (key === "search" && input) { input.value = value; search(value); }
              if (key === "card" && card) { var i = find(value); if (i >= 0) { showCard(i, true); } }
              if (key === "filter-kind" && filterBox) {
                Array.prototype.forEach.call(filterBox.querySelectorAll("input[data-filter=kind]"), function (box) {
                  box.checked = box.value === value;
                });
                applyFilters();
              }
              if (key === "hide-tie" && filterBox) {
                Array.prototype.forEach.call(filterBox.querySelectorAll("input[data-filter=tie]"), function (box) {
                  if (box.value === value) { box.checked = false; }
                });
                applyFilters();
              }
              if (key === "filter-group" && groupSelect) { groupSelect.value = value; applyFilters(); }
              if (key === "filter-role" && roleSelect) { roleSelect.value = value; applyFilters(); }
              if (key === "download") {
                var dot = value.lastIndexOf(".");
                var bar = document.querySelector(".downloads[data-name=\"" + value.slice(0, dot) + "\"]");
                if (bar) { download(bar.getAttribute("data-figure"), value.slice(0, dot), value.slice(dot + 1)); }
              }
              if (key === "sort") {
                var cells = document.querySelectorAll("#key-actor-table th");
                for (var k = 0; k < cells.length; k++) { if (cells[k].textContent === value) { cells[k].click(); } }
              }
            });
          }
          window.addEventListener("hashchange", fromFragment);
          fromFragment();
        })();
        """#
}
