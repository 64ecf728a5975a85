/// The page's script, plain JavaScript with no library: zoom (wheel) and pan (drag) of the map, the
/// search box (also driven by a `#search=NAME` fragment), node cards on click (or `#card=NAME`), sortable tables.
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
            if (i < 0) { status.textContent = "no node matches"; return; }
            var element = nodeElement(i);
            if (element) { element.classList.add("hl"); }
            data.nodes[i].nb.forEach(function (j) {
              var neighbour = nodeElement(j);
              if (neighbour) { neighbour.classList.add("hl-nb"); }
            });
            if (map) { map.classList.add("searching"); }
            document.body.setAttribute("data-search-hit", data.nodes[i].id);
            status.textContent = data.nodes[i].label + " and " + data.nodes[i].nb.length + " neighbours";
          }
          if (input) {
            input.addEventListener("input", function () { search(input.value); });
          }

          // Node cards.
          function text(tag, content) { var e = document.createElement(tag); e.textContent = content; return e; }
          function showCard(i) {
            var node = data.nodes[i];
            card.textContent = "";
            var close = text("button", "Close");
            close.type = "button";
            close.addEventListener("click", function () { card.hidden = true; });
            card.appendChild(close);
            card.appendChild(text("h3", node.label));
            card.appendChild(text("p", node.kind + (node.label !== node.id ? " \u00b7 " + node.id : "")));
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
              if (target && index.hasOwnProperty(target.id)) { showCard(index[target.id]); }
            });
          }


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
              if (key === "card" && card) { var i = find(value); if (i >= 0) { showCard(i); } }
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
