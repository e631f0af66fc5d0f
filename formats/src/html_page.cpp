#include "html_page.hpp"

namespace strata::formats {

std::string_view html_style() {
  return R"CSS(
body{font:16px/1.7 Georgia,serif;margin:0;color:#222;background:#fdfdfb}
header{background:#f1f0ec;border-bottom:1px solid #ddd;padding:.6em 1.5em;font:14px/1.4 sans-serif}
header h1{font-size:1.3em;margin:.2em 0}
header table{border-collapse:collapse;font-size:12px;margin:.4em 0}
header td,header th{border:1px solid #ccc;padding:1px 6px;text-align:left;vertical-align:top}
#layers{font:13px sans-serif;position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;
  padding:.4em 1.5em;z-index:2}
#layers label{margin-right:1.2em;white-space:nowrap}
#text{white-space:pre-wrap;max-width:48em;margin:1em auto;padding:0 1.5em}
.a{border-radius:2px}
.a.end[data-label]::after{content:attr(data-label);font:bold 9px sans-serif;vertical-align:super;
  margin-left:1px;color:#555;text-decoration:none;display:inline-block;max-width:16em;
  overflow:hidden;text-overflow:ellipsis;white-space:nowrap;line-height:1}
.a[data-layer="entities"]{background:#e9e4f5}
.a[data-layer="entities"][data-type="PER"]{background:#ffe1c9}
.a[data-layer="entities"][data-type="LOC"]{background:#d5ecd4}
.a[data-layer="entities"][data-type="ORG"]{background:#d3e4f7}
.a[data-layer="entities"][data-type="DATE"]{background:#f6f0bf}
.a[data-layer="entities"][data-type="PER"].end::after{color:#b4561a}
.a[data-layer="entities"][data-type="LOC"].end::after{color:#2f7a2b}
.a[data-layer="entities"][data-type="ORG"].end::after{color:#22589a}
.a[data-layer="entities"][data-type="DATE"].end::after{color:#857a10}
.a[data-layer="quotations"]{background:rgba(120,120,120,.13);font-style:italic}
.a[data-layer="citations"]{border-bottom:2px solid #1f5fbf}
.a[data-layer="citations"].end::after{color:#1f5fbf;font-weight:normal}
.a[data-layer="entity-sentiment"][data-type="positive"]{text-decoration:overline 2px #3a9a3a}
.a[data-layer="entity-sentiment"][data-type="negative"]{text-decoration:overline 2px #c23b3b}
.a.generic{outline:1px dashed #999;outline-offset:-1px}
a.who,a.src{text-decoration:none;font:11px sans-serif;vertical-align:super}
a.who::after{content:"\2014\00a0" attr(data-name);color:#555;background:#eee;border-radius:3px;
  padding:0 3px}
a.who.nobody::after{content:"\2014\00a0?"}
a.src::after{content:"\2197";color:#1f5fbf;padding:0 2px}
sup.mark::after{content:"\25CF";font-size:9px;padding:0 2px;cursor:help}
sup.mark[data-type="positive"]::after{color:#6cb66c}
sup.mark[data-type="negative"]::after{color:#d77}
sup.mark[data-type="neutral"]::after{color:#bbb}
.hl{outline:2px solid #e0a000 !important;background:#ffe9a8 !important}
.hl-ref{outline:2px solid #d0021b !important;background:#ffd0d0 !important}
.hl-same{outline:1px dashed #d0021b !important}
.off{background:none !important;outline:none !important;border-color:transparent !important;
  text-decoration:none !important;font-style:inherit !important}
.a.off::after{content:none !important}
a.who.off,a.src.off,sup.mark.off,.doc-sentiment.off{display:none}
)CSS";
}

std::string_view html_script() {
  return R"JS(
(function () {
  'use strict';
  function parts(layer, id) {
    return document.querySelectorAll('[data-layer="' + layer + '"][data-id="' + id + '"]');
  }
  var lit = [];
  function light(elements, cls) {
    elements.forEach(function (e) { e.classList.add(cls); lit.push([e, cls]); });
  }
  // The annotations of `layer` with the same type and text as the parts given: the other
  // mentions of a speaker.
  function textOf(elements) {
    var text = '';
    elements.forEach(function (e) { text += e.textContent; });
    return text.replace(/\s+/g, ' ');
  }
  function sameAs(layer, found) {
    if (!found.length) return;
    var name = textOf(found);
    var type = found[0].dataset.type;
    document.querySelectorAll('#text [data-layer="' + layer + '"].end').forEach(function (e) {
      var other = parts(layer, e.dataset.id);
      if (e.dataset.type === type && other[0] !== found[0] && textOf(other) === name) {
        light(other, 'hl-same');
      }
    });
  }
  function clear() {
    lit.forEach(function (p) { p[0].classList.remove(p[1]); });
    lit = [];
  }
  var text = document.getElementById('text');
  text.addEventListener('mouseover', function (ev) {
    clear();
    for (var el = ev.target; el && el !== text; el = el.parentElement) {
      if (!el.dataset || !el.dataset.layer) continue;
      light(parts(el.dataset.layer, el.dataset.id), 'hl');
      light(document.querySelectorAll('[data-mention="' + el.dataset.layer + ':' +
                                      el.dataset.id + '"]'), 'hl-ref');
      (el.dataset.refs || '').split(' ').forEach(function (ref) {
        var cut = ref.lastIndexOf(':');
        if (cut <= 0) return;
        var found = parts(ref.slice(0, cut), ref.slice(cut + 1));
        light(found, 'hl-ref');
        sameAs(ref.slice(0, cut), found);
      });
    }
  });
  text.addEventListener('mouseleave', clear);
  document.querySelectorAll('#layers input[type=checkbox]').forEach(function (box) {
    box.addEventListener('change', function () {
      document.querySelectorAll('[data-layer="' + box.value + '"]').forEach(function (e) {
        e.classList.toggle('off', !box.checked);
      });
    });
  });
  document.documentElement.setAttribute('data-ready', 'yes');
})();
)JS";
}

}  // namespace strata::formats
