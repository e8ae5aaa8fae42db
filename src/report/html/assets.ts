// The inline style sheet and script of the html format, and the Content-Security-Policy that
// allows exactly these two (by their SHA-256 hashes) and nothing else: no other script, style,
// image, font, frame, connection or form target.
import { createHash } from "node:crypto";

export const CSS = `
:root{color-scheme:light dark;--bg:#fff;--fg:#1d1f23;--muted:#5b616b;--line:#d8dbe0;--panel:#f5f6f8;--link:#1f4fb3;
--match:#17703a;--match-bg:#e2f3e7;--close:#8a5200;--close-bg:#fdefc8;--mismatch:#b3261e;--mismatch-bg:#fde3e0;
--unverified:#34539b;--unverified-bg:#e5ebf8;--sup:#5b616b;--sup-bg:#eceef1}
@media (prefers-color-scheme:dark){:root{--bg:#15171b;--fg:#e4e6ea;--muted:#a2a8b2;--line:#363b44;--panel:#1f2329;--link:#8fb3ff;
--match:#74d394;--match-bg:#163a23;--close:#f3c46a;--close-bg:#41320f;--mismatch:#ff8f85;--mismatch-bg:#4a1b18;
--unverified:#a3bbff;--unverified-bg:#1e2b4a;--sup:#b3b8c0;--sup-bg:#2a2e35}}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0 auto;max-width:46rem;padding:1rem 1rem 4rem;background:var(--bg);color:var(--fg);font:16px/1.55 system-ui,-apple-system,"Segoe UI","DejaVu Sans",sans-serif;overflow-wrap:break-word}
h1{font-size:1.45rem;margin:.2rem 0 .4rem}
h2{font-size:1.15rem;margin:1.6rem 0 .5rem}
a{color:var(--link)}
.meta{color:var(--muted);font-size:.88rem;margin:.2rem 0}
.meta code{font-size:.85rem}
.counts{display:flex;flex-wrap:wrap;gap:.4rem;list-style:none;padding:0;margin:.8rem 0}
.counts li{padding:.2rem .6rem;border-radius:1rem;border:1px solid var(--c);background:var(--cb);font-size:.92rem}
.counts b{font-variant-numeric:tabular-nums}
.v-match{--c:var(--match);--cb:var(--match-bg)}
.v-close{--c:var(--close);--cb:var(--close-bg)}
.v-mismatch{--c:var(--mismatch);--cb:var(--mismatch-bg)}
.v-unverified{--c:var(--unverified);--cb:var(--unverified-bg)}
.v-suppressed{--c:var(--sup);--cb:var(--sup-bg)}
.sym{color:var(--c);font-weight:700}
.warnings{border-left:4px solid var(--close);background:var(--panel);padding:.4rem .8rem;margin:.8rem 0;font-size:.9rem}
.warnings ul{margin:.2rem 0;padding-left:1.2rem}
#problems ol{padding-left:0;list-style:none;margin:.3rem 0}
#problems li{margin:.15rem 0}
#problems a{display:block;padding:.35rem .55rem;border-radius:.35rem;border-left:4px solid var(--c);background:var(--cb);color:var(--fg);text-decoration:none}
#problems a:hover,#problems a:focus-visible{outline:2px solid var(--c);outline-offset:1px}
#problems .why{display:block;color:var(--muted);font-size:.85rem}
.loc{color:var(--muted);font-size:.85rem;font-variant-numeric:tabular-nums}
.doc{border-top:1px solid var(--line);margin-top:1.5rem}
.doc>h2{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:1rem;color:var(--muted)}
.draft{font-family:Georgia,"DejaVu Serif",serif;font-size:1.06rem;line-height:1.7}
.draft h1,.draft h2,.draft h3,.draft h4,.draft h5,.draft h6{font-family:inherit;line-height:1.3}
.draft blockquote{margin:.8rem 0;padding-left:1rem;border-left:3px solid var(--line);color:var(--muted)}
.draft table{border-collapse:collapse;display:block;overflow-x:auto;font-size:.95rem}
.draft th,.draft td{border:1px solid var(--line);padding:.25rem .5rem;vertical-align:top}
.al-right{text-align:right}.al-center{text-align:center}.al-left{text-align:left}
.plain{white-space:pre-wrap}
.long .draft>*,.long #problems li,.long .claims li{content-visibility:auto;contain-intrinsic-size:auto 1.8em}
.skip{color:var(--muted);background:var(--panel);font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:.82em;border-radius:.25rem}
pre.skip{padding:.5rem .7rem;white-space:pre-wrap;border:1px dashed var(--line);position:relative;line-height:1.45}
pre.skip::before{display:block;font-family:system-ui,sans-serif;font-size:.75rem;letter-spacing:.03em;text-transform:uppercase;color:var(--muted)}
pre.code::before{content:"code \\2014  not checked"}
pre.html::before{content:"html \\2014  not checked"}
pre.front-matter::before{content:"front matter \\2014  not checked"}
span.skip,code.skip{padding:0 .2em}
.link{color:var(--link);text-decoration:underline;text-decoration-style:dotted}
mark.fig{background:var(--cb);color:inherit;border-radius:.2rem;padding:0 .08em;text-decoration:underline 2px var(--c);text-underline-offset:.22em;cursor:pointer;-webkit-print-color-adjust:exact;print-color-adjust:exact}
mark.fig.v-mismatch{text-decoration-style:wavy;text-decoration-thickness:1.5px}
mark.fig.v-close{text-decoration-style:dashed}
mark.fig.v-unverified{text-decoration-style:dotted}
mark.fig[id]::before{color:var(--c);font-weight:700;font-size:.8em;margin-right:.12em;font-family:system-ui,"DejaVu Sans",sans-serif}
mark.v-match[id]::before{content:"\\2714"}
mark.v-close[id]::before{content:"\\2248"}
mark.v-mismatch[id]::before{content:"\\2716"}
mark.v-unverified[id]::before{content:"?"}
mark.fig:focus-visible,mark.fig:target,mark.fig.on{outline:2px solid var(--c);outline-offset:2px}
.sup{background:repeating-linear-gradient(135deg,transparent 0 6px,var(--sup-bg) 6px 9px);color:inherit;text-decoration:line-through 1px var(--sup)}
.sup[id]::before{content:"\\2298  not checked: ";font:600 .72em system-ui,"DejaVu Sans",sans-serif;color:var(--sup);text-decoration:none;display:inline-block}
.claims{padding-left:1.3rem}
.claims li{margin:.35rem 0}
#figures summary{cursor:pointer;font-weight:600}
#figures ol{padding-left:2.4rem}
.detail{margin:.5rem 0 .9rem;padding-left:.2rem}
.detail dl,.src dl,#pop dl{display:grid;grid-template-columns:max-content 1fr;gap:.1rem .7rem;margin:.3rem 0}
.detail dt,.src dt,#pop dt{color:var(--muted);font-size:.85rem}
.detail dd,.src dd,#pop dd{margin:0}
.src{margin:.5rem 0 .9rem}
.head{font-weight:600}
.hint{border-left:3px solid var(--c);padding-left:.4rem}
.quote{font-style:italic}
.badge{display:inline-block;font-size:.75rem;padding:0 .4rem;border:1px solid var(--line);border-radius:.6rem;color:var(--muted);font-style:normal}
#pop{position:absolute;z-index:10;width:min(30rem,calc(100vw - 1rem));background:var(--panel);color:var(--fg);border:1px solid var(--line);border-left:5px solid var(--c);border-radius:.4rem;box-shadow:0 6px 24px rgba(0,0,0,.25);padding:.5rem .8rem;font-size:.9rem;line-height:1.45}
#pop[hidden]{display:none}
#pop .close{float:right;border:0;background:none;color:var(--muted);font-size:1.1rem;cursor:pointer;padding:0 .2rem}
@media (max-width:40rem){body{padding:.6rem .7rem 3rem}#pop{position:fixed;left:0!important;right:0;bottom:0;top:auto!important;width:auto;max-height:60vh;overflow:auto;border-radius:.6rem .6rem 0 0}
.detail dl,.src dl,#pop dl{grid-template-columns:1fr}.detail dt,.src dt,#pop dt{margin-top:.25rem}}
@media print{body{max-width:none;padding:0;font-size:11pt}#pop,#problems .why,.noprint{display:none!important}
#problems a{background:none;border-left-width:3px}a{color:inherit;text-decoration:none}
.doc{break-before:auto}.detail{break-inside:avoid}}
`;

export const SCRIPT = `
(function(){
"use strict";
var pop=document.getElementById("pop");
var pinned=null,shown=null,lit=null;
function markOf(n){return n&&n.closest?n.closest("mark.fig"):null}
function verdictOf(m){var c=m.className.match(/v-[a-z]+/);return c?c[0]:""}
function place(m){
  if(window.matchMedia("(max-width: 40rem)").matches){pop.style.left="";pop.style.top="";return}
  var r=m.getBoundingClientRect(),w=pop.offsetWidth,h=pop.offsetHeight;
  var left=Math.max(8,Math.min(r.left,document.documentElement.clientWidth-w-8));
  var top=r.bottom+6;
  if(top+h>window.innerHeight-8&&r.top-h-6>8)top=r.top-h-6;
  pop.style.left=(left+window.scrollX)+"px";pop.style.top=(top+window.scrollY)+"px";
}
function show(m,pin){
  var f=m.getAttribute("data-f"),d=document.getElementById("d-"+f);
  if(!d)return;
  var parts=[];
  var close=document.createElement("button");close.type="button";close.className="close";close.setAttribute("aria-label","Close");close.textContent="\\u00d7";
  parts.push(close);
  d.childNodes.forEach(function(n){parts.push(n.cloneNode(true))});
  pop.replaceChildren.apply(pop,parts);
  var s=d.getAttribute("data-s"),src=s?document.getElementById("s-"+s):null,dl=pop.querySelector("dl"),sdl=src?src.querySelector("dl"):null;
  if(dl&&sdl){var after=dl.children[2]||null;sdl.childNodes.forEach(function(n){dl.insertBefore(n.cloneNode(true),after)})}
  pop.querySelectorAll("[id]").forEach(function(n){n.removeAttribute("id")});
  pop.className=verdictOf(m);
  pop.hidden=false;
  if(lit)lit.classList.remove("on");
  lit=document.getElementById("f-"+f);if(lit)lit.classList.add("on");
  place(lit||m);
  shown=f;pinned=pin?f:null;
}
function hide(){pop.hidden=true;shown=null;pinned=null;if(lit){lit.classList.remove("on");lit=null}}
document.addEventListener("mouseover",function(e){var m=markOf(e.target);if(m&&!pinned&&shown!==m.getAttribute("data-f"))show(m,false)});
document.addEventListener("mouseout",function(e){var m=markOf(e.target);if(m&&!pinned&&!markOf(e.relatedTarget)&&!pop.contains(e.relatedTarget)&&document.activeElement!==lit)hide()});
document.addEventListener("focusin",function(e){var m=markOf(e.target);if(m)show(m,false)});
document.addEventListener("focusout",function(e){if(markOf(e.target)&&!pinned&&!pop.contains(e.relatedTarget))hide()});
document.addEventListener("click",function(e){
  if(e.target.closest&&e.target.closest("#pop .close")){var back=lit;hide();if(back)back.focus();return}
  var m=markOf(e.target);
  if(m){if(pinned===m.getAttribute("data-f"))hide();else show(m,true);return}
  var a=e.target.closest?e.target.closest("a[data-f]"):null;
  if(a){var t=document.getElementById("f-"+a.getAttribute("data-f"));if(t){e.preventDefault();history.replaceState(null,"","#f-"+a.getAttribute("data-f"));t.scrollIntoView({block:"center"});t.focus({preventScroll:true});show(t,true)}return}
  if(pinned&&!pop.contains(e.target))hide();
});
document.addEventListener("keydown",function(e){
  if(e.key==="Escape"&&shown){var back=lit;hide();if(back&&document.activeElement!==back)back.focus()}
  else if((e.key==="Enter"||e.key===" ")&&markOf(e.target)){e.preventDefault();var m=markOf(e.target);if(pinned===m.getAttribute("data-f"))hide();else show(m,true)}
});
window.addEventListener("resize",function(){if(lit&&!pop.hidden)place(lit)});
window.addEventListener("beforeprint",function(){hide();document.querySelectorAll("details").forEach(function(d){d.open=true})});
})();
`;

function sha256(s: string): string {
  return `'sha256-${createHash("sha256").update(s, "utf8").digest("base64")}'`;
}

/** Nothing but the inline style and script above; no request of any kind. */
export const CSP = [
  "default-src 'none'",
  `style-src ${sha256(CSS)}`,
  `script-src ${sha256(SCRIPT)}`,
  "img-src 'none'",
  "font-src 'none'",
  "connect-src 'none'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "worker-src 'none'",
  "manifest-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");
