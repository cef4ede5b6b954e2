//===--- ReportAssets.cpp - The style sheet and script of the report ------===//
//
// Embedded in every page: the report must work from a USB stick, offline,
// with no font, style or script fetched. System fonts only. The script only
// shows and hides elements by their data-* attributes; it never builds
// markup from data.
//
//===----------------------------------------------------------------------===//

#include "HtmlSections.h"

namespace clang::tidy::privacy::tool {

const char *reportStyle() {
  return R"CSS(
:root{--fg:#1b1f24;--muted:#57606a;--line:#d0d7de;--bg:#fff;--alt:#f6f8fa;
--err:#b42318;--warn:#9a6700;--note:#0b5cad;--bar:#3b6fb6}
*{box-sizing:border-box}
body{margin:0;font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,
"DejaVu Sans",sans-serif;color:var(--fg);background:var(--bg)}
header{padding:1rem 2rem;border-bottom:1px solid var(--line);background:var(--alt)}
header h1{margin:0 0 .25rem}
.subtitle{margin:0;color:var(--muted)}
nav ul{list-style:none;padding:0;margin:.5rem 0 0;display:flex;gap:1rem;flex-wrap:wrap}
main{padding:0 2rem 2rem;max-width:80rem}
h2{border-bottom:2px solid var(--line);padding-bottom:.2rem;margin-top:2rem}
h3{margin-top:1.5rem}
h4{margin:1.2rem 0 .3rem}
h4 .count{color:var(--muted);font-weight:normal}
h5{margin:0 0 .4rem;font-size:1rem}
table{border-collapse:collapse;margin:.5rem 0 1rem}
caption{text-align:left;font-weight:600;padding:.2rem 0}
th,td{border:1px solid var(--line);padding:.25rem .5rem;text-align:left;vertical-align:top}
thead th{background:var(--alt)}
td.num{text-align:right;font-variant-numeric:tabular-nums}
.totals{padding-left:1.2rem}
.chart{max-width:48rem;width:100%;height:auto;display:block;margin:1rem 0}
.chart text{font-size:13px;fill:var(--fg)}
.chart .bar{fill:var(--bar)}
.chart .law-1{fill:#7a4fb0}.chart .law-2{fill:#2f855a}.chart .law-3{fill:#b7791f}
.article{border-left:3px solid var(--line);padding-left:1rem;margin:1rem 0}
.article-text{color:var(--muted);margin:.2rem 0}
.finding{border:1px solid var(--line);border-radius:6px;padding:.6rem .8rem;
margin:.8rem 0;content-visibility:auto;contain-intrinsic-size:auto 22rem}
.finding.level-error{border-left:4px solid var(--err)}
.finding.level-warning{border-left:4px solid var(--warn)}
.finding.level-note{border-left:4px solid var(--note)}
.fid{font-family:ui-monospace,"DejaVu Sans Mono",monospace;color:var(--muted)}
.badge{margin-left:.5rem;font-size:.8rem;padding:0 .4rem;border-radius:1rem;
border:1px solid currentColor}
.badge.new{color:var(--err)}
.badge.suppressed{color:var(--muted)}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.1rem 1rem;margin:.3rem 0}
dl.facts dt{font-weight:600}
dl.facts dd{margin:0}
.pseudo-note{color:var(--warn)}
.waiver{margin:0}
code,.src{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85rem;
white-space:pre-wrap;word-break:break-all}
.sink-line{background:var(--alt);padding:.2rem .4rem;margin:.3rem 0}
.no-src{color:var(--muted);font-style:italic}
ol.path{margin:.4rem 0;padding-left:1.8rem}
ol.path li{margin:.15rem 0}
ol.path .kind{display:inline-block;min-width:4.5rem;font-size:.8rem;color:var(--muted);
text-transform:uppercase;letter-spacing:.03em}
.step-source .kind,.step-sink .kind{color:var(--fg);font-weight:600}
ol.path .loc{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.85rem}
ol.path code.src{display:block;background:var(--alt);padding:0 .3rem}
ul.also{display:flex;flex-wrap:wrap;gap:.2rem 1rem;padding-left:1.2rem}
.filter{display:inline-block;margin:0 1rem .5rem 0}
.filter label{display:block;font-weight:600}
.filter select{max-width:22rem}
[hidden]{display:none!important}
@media print{
body{font-size:10.5pt}
header{background:none;padding:0 0 .5rem}
nav,.no-print,button{display:none!important}
main{padding:0;max-width:none}
.finding{content-visibility:visible;break-inside:avoid}
a{color:inherit;text-decoration:none}
h2{break-before:page}
#summary h2{break-before:auto}
}
)CSS";
}

const char *reportScript() {
  return R"JS(
(function () {
  'use strict';
  var form = document.getElementById('filter-form');
  var status = document.getElementById('filter-status');
  if (!form || !status) return;
  var items = Array.prototype.slice.call(
    document.querySelectorAll('[data-check]'));
  var findings = items.filter(function (e) {
    return e.classList.contains('finding');
  });
  var refs = Array.prototype.slice.call(
    document.querySelectorAll('li.finding-ref'));
  var groups = Array.prototype.slice.call(
    document.querySelectorAll('section.article, section.check-group'));
  function chosen() {
    var f = {};
    ['article', 'category', 'check', 'file'].forEach(function (n) {
      f[n] = form.elements[n].value;
    });
    return f;
  }
  function matches(e, f) {
    return (!f.article || e.dataset.articles.indexOf('|' + f.article + '|') >= 0) &&
      (!f.category || e.dataset.category === f.category) &&
      (!f.check || e.dataset.check === f.check) &&
      (!f.file || e.dataset.file === f.file);
  }
  function apply() {
    var f = chosen();
    var any = f.article || f.category || f.check || f.file;
    items.forEach(function (e) { e.hidden = !matches(e, f); });
    refs.forEach(function (r) {
      var target = document.getElementById(r.dataset.ref);
      r.hidden = !target || target.hidden;
    });
    groups.forEach(function (g) {
      var inArticle = !f.article || g.dataset.article === f.article;
      var visible = g.querySelector(
        '.finding:not([hidden]), .finding-ref:not([hidden])');
      g.hidden = any ? !(inArticle && visible) : false;
    });
    var shown = findings.filter(function (e) { return !e.hidden; }).length;
    status.textContent = shown + ' of ' + findings.length + ' findings shown';
  }
  form.addEventListener('change', apply);
  form.addEventListener('reset', function () { setTimeout(apply, 0); });
  // A link may choose the filter (report.html#filter?check=privacy-export);
  // a value the lists do not offer is ignored.
  var link = /^#filter\?(.*)$/.exec(location.hash);
  if (link) new URLSearchParams(link[1]).forEach(function (value, name) {
    var list = form.elements[name];
    if (list && list.tagName === 'SELECT' &&
        Array.prototype.some.call(list.options, function (o) {
          return o.value === value;
        }))
      list.value = value;
  });
  var f = chosen();
  if (f.article || f.category || f.check || f.file)
    apply(); // else all is shown already: no work on a large page
  else
    status.textContent = findings.length + ' of ' + findings.length +
      ' findings shown';
})();
)JS";
}

} // namespace clang::tidy::privacy::tool
