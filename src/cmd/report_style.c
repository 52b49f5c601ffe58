/* SPDX-License-Identifier: MIT */
/*
 * The report's style sheet, inlined into the HTML document's <style>:
 * readable type and tables on screens from phones up, numbers aligned in
 * tabular figures, charts that scale with the page, and a print style
 * sheet that sets no paper size (so A4 and Letter both get their own) and
 * keeps charts, table rows and definitions whole across pages. It holds no
 * '<' or '&', so the document stays well-formed XML.
 */
#include "cmd/report.h"

const char report_css[] =
    ":root{color-scheme:light}\n"
    "body{font:15px/1.5 system-ui,-apple-system,\"Segoe UI\",Roboto,"
    "sans-serif;color:#1a1a1a;background:#fff;max-width:62rem;"
    "margin:0 auto;padding:1rem 1.25rem 3rem}\n"
    "h1{font-size:1.7rem;margin:.5rem 0 .3rem}\n"
    "h2{font-size:1.3rem;margin-top:2.5rem;border-bottom:2px solid "
    "#0072b2;padding-bottom:.2rem}\n"
    "h3{font-size:1.05rem;margin:1.5rem 0 .3rem}\n"
    "p.explain{color:#333;max-width:46rem}\n"
    ".meta{color:#555;font-size:.9rem}\n"
    "nav ol{columns:2;padding-left:1.4rem}\n"
    ".scroll{overflow-x:auto;-webkit-overflow-scrolling:touch}\n"
    "table{border-collapse:collapse;font-size:.88rem;margin:.6rem 0 1rem}\n"
    "th,td{padding:.25rem .6rem;border-bottom:1px solid #ddd;"
    "text-align:left;vertical-align:top}\n"
    "th{background:#f1f3f5;font-weight:600}\n"
    "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums;"
    "white-space:nowrap}\n"
    "tbody tr:nth-child(even){background:#fafbfc}\n"
    "figure{margin:1rem 0}\n"
    "figcaption{font-size:.85rem;color:#555}\n"
    "svg.chart{max-width:100%;height:auto;display:block}\n"
    "svg text{font-family:system-ui,sans-serif}\n"
    ".grid{display:grid;grid-template-columns:repeat(auto-fill,"
    "minmax(300px,1fr));gap:.5rem 1.5rem}\n"
    ".grid h3{margin:.8rem 0 .2rem;font-size:.95rem}\n"
    ".legend{font-size:.85rem;margin:.5rem 0}\n"
    ".legend span{display:inline-block;margin-right:1.2rem}\n"
    ".swatch{display:inline-block;width:1.8em;height:0;border-top-width:"
    "3px;border-top-style:solid;vertical-align:middle;margin-right:.3em}\n"
    "mark{background:#ffe9a8;padding:0 .1em}\n"
    ".kwic td.l{text-align:right;color:#444}\n"
    ".kwic td.r{color:#444}\n"
    "dl.frames dt{font-weight:600}\n"
    "dl.frames dd{margin:0 0 .4rem 1.2rem}\n"
    ".notes{white-space:pre-wrap;max-width:46rem}\n"
    "footer{margin-top:3rem;font-size:.8rem;color:#666;border-top:1px "
    "solid #ddd;padding-top:.5rem}\n"
    "@media (max-width:600px){body{font-size:14px;padding:.6rem}"
    "nav ol{columns:1}table{font-size:.8rem}th,td{padding:.2rem .35rem}}\n"
    "@media print{@page{margin:14mm 12mm}"
    "body{max-width:none;font-size:10pt;padding:0}"
    "nav{display:none}"
    "h2,h3{break-after:avoid;page-break-after:avoid}"
    "figure,svg,tr,.grid>div,dl.frames dd{break-inside:avoid;"
    "page-break-inside:avoid}"
    ".scroll{overflow:visible}"
    "a{color:inherit}"
    ".kwic a::after{content:\" (\" attr(href) \")\";font-size:7pt;"
    "word-break:break-all}"
    "tbody tr:nth-child(even){background:none}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}}\n";
