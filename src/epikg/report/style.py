"""The page's inline CSS and JS (no fonts, images or scripts from elsewhere)."""

STYLE = """
:root { --ink: #222; --muted: #666; --line: #ddd; --mark: #ffe58a; }
body { font: 14px/1.5 system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; color: var(--ink);
       margin: 0 auto; max-width: 1200px; padding: 0 1rem 4rem; }
header { border-bottom: 1px solid var(--line); margin-bottom: 1rem; }
nav a { margin-right: 1rem; }
h2 { border-bottom: 1px solid var(--line); margin-top: 2.5rem; }
h3 small, li small { color: var(--muted); font-weight: normal; margin-left: .5em; }
.note { color: var(--muted); }
svg.chart { width: 100%; max-width: 760px; height: auto; display: block; margin: .5rem 0; font-size: 12px; }
svg.chart .total, svg.chart .tick { fill: var(--muted); }
svg.chart .lane { stroke: var(--line); }
svg.chart a:hover circle, svg.chart a:hover rect { stroke: #000; }
.legend { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; font-size: 12px; }
.swatch { display: inline-block; width: .9em; height: .9em; margin-right: .3em; vertical-align: -.1em; }
.wide { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; width: 100%; }
th, td { border-bottom: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
th { background: #f6f6f6; position: sticky; top: 0; }
td .num { font-variant-numeric: tabular-nums; }
input.filter { margin-top: .5rem; padding: .2rem .4rem; width: 16rem; }
a.quote { color: inherit; text-decoration: none; border-bottom: 1px dotted var(--muted); }
mark { background: var(--mark); }
.source { color: var(--muted); white-space: nowrap; font-size: 12px; }
.tree, .tree ul { list-style: none; padding-left: 1.2rem; }
.tree .ev { font-size: 12px; margin-left: .6em; color: var(--muted); }
:target { background: var(--mark); }
.iri { font-family: monospace; }
"""

SCRIPT = """
document.querySelectorAll("input.filter").forEach(function (input) {
  var table = input.nextElementSibling;
  input.addEventListener("input", function () {
    var needle = input.value.trim().toLowerCase();
    table.querySelectorAll("tbody tr").forEach(function (row) {
      row.hidden = needle !== "" && row.textContent.toLowerCase().indexOf(needle) < 0;
    });
  });
});
document.documentElement.dataset.ready = "1";
"""
