/**
 * The HTML report's stylesheet, inlined into the page (no fonts or files from anywhere): system fonts,
 * a screen layout, CSS tooltips for the marked spans, and a print layout that keeps everything
 * essential (the tooltips' explanations are printed beside their words, the charts scale to the page).
 */
export const REVIEW_HTML_STYLE = `
:root { --ink: #1d1d1f; --muted: #5c5c66; --line: #dcdce3; --bg: #ffffff; --soft: #f5f5f8;
  --safety: #b00020; --safety-bg: #fdecee; --good: #1b7f5f; --fair: #9a6700; --poor: #b3261e;
  --k-safety: #ffc9cf; --k-rupture: #ffd8a8; --k-focus: #e5d4ff; --k-structure: #c8e6ff; --k-stance: #d7f0c8;
  --k-empathy: #ffeaa0; --k-style: #e6e6ea; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--ink); background: var(--bg); line-height: 1.45; }
body { margin: 0 auto; max-width: 62rem; padding: 1.25rem 1.5rem 3rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 .25rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .6rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1rem; margin: 1.2rem 0 .4rem; }
a { color: #0b57d0; }
.muted, .meta { color: var(--muted); }
.meta { margin: 0 0 .5rem; }
.judgement { font-size: .9rem; color: var(--muted); border-left: 3px solid var(--line); padding-left: .6rem; }
nav.toc { display: flex; flex-wrap: wrap; gap: .3rem 1rem; font-size: .9rem; margin: .75rem 0; }
.safety { background: var(--safety-bg); border: 2px solid var(--safety); border-radius: 8px; padding: .8rem 1rem; margin: 0 0 1rem; }
.safety h2 { color: var(--safety); border: 0; margin: 0 0 .4rem; padding: 0; }
.safety .note { font-weight: 600; }
.safety ul { margin: .3rem 0 .5rem; padding-left: 1.2rem; }
table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; font-size: .95rem; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
th { font-weight: 600; background: var(--soft); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
.rating { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .85rem; font-weight: 600; border: 1px solid currentColor; }
.rating.good { color: var(--good); } .rating.fair { color: var(--fair); } .rating.below_fair { color: var(--poor); } .rating.none { color: var(--muted); }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: .5rem 1.5rem; }
.bars { list-style: none; padding: 0; margin: .2rem 0 .8rem; }
.bars li { display: grid; grid-template-columns: 9.5rem 1fr 4.6rem; gap: .5rem; align-items: center; font-size: .9rem; margin: .15rem 0; }
.bar { height: .7rem; background: var(--soft); border-radius: 3px; overflow: hidden; }
.bar > span { display: block; height: 100%; background: #5b6ee1; }
.bars .val { text-align: right; font-variant-numeric: tabular-nums; }
figure.chart { margin: 1rem 0 1.5rem; }
figure.chart figcaption { font-size: .9rem; color: var(--muted); margin-bottom: .3rem; }
figure.chart figcaption strong { color: var(--ink); display: block; font-size: 1rem; }
.chart-svg svg { max-width: 100%; height: auto; display: block; }
ol.findings, ul.findings { padding-left: 1.2rem; }
ol.findings li, ul.findings li { margin: .25rem 0; }
.tag { display: inline-block; font-size: .78rem; padding: .05rem .45rem; border-radius: 4px; background: var(--soft); border: 1px solid var(--line); margin: .1rem .25rem .1rem 0; white-space: nowrap; }
.tag.safety-tag { background: var(--safety-bg); border-color: var(--safety); color: var(--safety); font-weight: 600; }
.tag.flag { background: #fff4e0; border-color: #f0c070; }
.tag.q-attuned_and_clear { border-color: #1b9e77; } .tag.q-warm_but_drifting { border-color: #7570b3; }
.tag.q-directive_but_distant { border-color: #d95f02; } .tag.q-disengaged { border-color: #8c8c8c; }
.highlight { border: 1px solid var(--line); border-radius: 8px; padding: .6rem .8rem; margin: .5rem 0; }
.highlight blockquote, .turn blockquote { margin: .3rem 0; }
.highlight .alt { background: #eef8f2; border-left: 3px solid var(--good); padding: .3rem .6rem; margin-top: .4rem; }
ol.transcript { list-style: none; padding: 0; margin: 0; }
.turn { border-left: 4px solid var(--line); padding: .4rem .8rem; margin: .5rem 0; }
.turn.therapist { border-left-color: #5b6ee1; }
.turn.client { border-left-color: #1b9e77; background: #fafbfa; }
.turn.flagged { border-left-color: var(--safety); background: var(--safety-bg); }
.turn header { font-size: .85rem; color: var(--muted); }
.turn header b { color: var(--ink); }
.turn .text { margin: .25rem 0; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 1rem; }
.legend { font-size: .85rem; display: flex; flex-wrap: wrap; gap: .3rem .8rem; margin: .3rem 0 .8rem; }
mark.span { position: relative; color: inherit; border-radius: 3px; padding: 0 .08em; cursor: help; }
mark.span:focus { outline: 2px solid #0b57d0; outline-offset: 1px; }
mark.k-safety { background: var(--k-safety); } mark.k-rupture { background: var(--k-rupture); } mark.k-focus { background: var(--k-focus); }
mark.k-structure { background: var(--k-structure); } mark.k-stance { background: var(--k-stance); } mark.k-empathy { background: var(--k-empathy); }
mark.k-style { background: var(--k-style); }
mark.multi { box-shadow: inset 0 -2px 0 rgba(0, 0, 0, .35); }
mark.span::after { content: attr(data-tip); display: none; position: absolute; left: 0; top: calc(100% + 4px); z-index: 10;
  width: max-content; max-width: 24rem; white-space: pre-line; background: #202124; color: #fff; font-size: .8rem; font-weight: normal;
  line-height: 1.35; padding: .35rem .55rem; border-radius: 5px; box-shadow: 0 2px 8px rgba(0, 0, 0, .25); pointer-events: none; }
mark.span:hover::after, mark.span:focus::after { display: block; }
.key { display: inline-block; width: .9em; height: .9em; border-radius: 2px; vertical-align: -0.1em; margin-right: .25em; }
.notes { font-size: .8rem; color: var(--muted); }
ul.evidence { display: none; list-style: none; padding: 0; margin: .2rem 0 0; font-size: .8rem; color: #444; }
ul.evidence li { display: inline; }
ul.evidence li + li::before { content: " · "; }
ul.evidence q { font-style: italic; }
footer { margin-top: 2.5rem; font-size: .9rem; }
@media print {
  @page { margin: 14mm; }
  html { font-size: 10pt; }
  body { max-width: none; padding: 0; }
  nav.toc { display: none; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { break-after: avoid; }
  .safety, figure.chart, .highlight, .turn, tr, .bars li { break-inside: avoid; }
  .chart-svg svg { max-width: 100%; height: auto; }
  .grid { grid-template-columns: 1fr 1fr; }
  /* No hovering on paper: each turn's explanations are printed under it instead of tooltips. */
  mark.span::after { display: none !important; }
  ul.evidence { display: block; }
  mark.span:focus { outline: none; }
}
`;
