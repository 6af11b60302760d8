import type { Highlight, Rating, ReviewReport, ReviewTurn } from '../../core/review/reviewTypes.js';
import { CLIENT_TALK, QUADRANTS, STANCES, STYLES } from '../../core/types.js';
import { escapeHtml as h } from './escapeHtml.js';
import { highlightSpans, SPAN_KINDS, type SpanKind } from './highlightSpans.js';
import { renderChartSvg } from './renderChartSvg.js';
import { reviewCharts } from './reviewCharts.js';
import { REVIEW_HTML_STYLE } from './reviewHtmlStyle.js';
import {
  FOCUS_WORDS, JUDGEMENT_NOTE, MECHANISM_WORDS, MI_WORDS, MITI_THRESHOLDS, percent, QUADRANT_WORDS, RATING_WORDS, roleEvidencePhrase,
  rolesSentence, RUPTURE_WORDS, SAFETY_NOTE, safetyWords, STANCE_WORDS, structureWords, STYLE_WORDS, TALK_WORDS, turnLabel, turnNumber,
} from './reviewWords.js';
import { turnFlags, type TurnFlags } from './turnFlags.js';
import { turnSpans } from './turnSpans.js';

/**
 * Nothing may load from anywhere: no script runs, styles are inline, images only as data. The page
 * works offline and a hostile transcript cannot make it reach out.
 */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const SPAN_LABELS: Record<SpanKind, string> = {
  safety: 'safety', rupture: 'rupture', focus: 'focus shift', structure: 'structure', stance: 'stance move', empathy: 'empathy evidence', style: 'style marker',
};
const NOTE_WORDS: Record<string, string> = {
  empty_text: 'the text is empty',
  truncated: 'only the beginning of a very long text was analysed',
  no_letters: 'the text has no words to analyse',
  control_characters_removed: 'control characters were ignored',
  non_english: 'the text does not look English; take these readings lightly',
};

const turnLink = (i: number) => `<a href="#turn-${turnNumber(i)}">${h(turnLabel(i))}</a>`;

function clock(seconds: number | undefined | null): string {
  if (seconds === undefined || seconds === null) return '';
  const s = Math.round(seconds);
  const hh = Math.floor(s / 3600);
  const mm = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return hh ? `${hh}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`;
}

function ratingBadge(r: Rating | null): string {
  return r ? `<span class="rating ${r}">${h(RATING_WORDS[r])}</span>` : '<span class="rating none">not rated</span>';
}

function bars(rows: ReadonlyArray<[label: string, share: number, text?: string]>): string {
  return `<ul class="bars">${rows.map(([label, share, text]) => `<li><span>${h(label)}</span><span class="bar"><span style="width:${(Math.max(0, Math.min(1, share)) * 100).toFixed(1)}%"></span></span><span class="val">${h(text ?? percent(share))}</span></li>`).join('')}</ul>`;
}

function safetyBanner(r: ReviewReport): string {
  if (r.safety.length === 0) return '';
  const items = r.safety.map((f) => {
    const quote = f.cues.map((c) => `“${h(c.text)}”`).join(', ') || `“${h(r.turns[f.turn]?.text ?? '')}”`;
    return `<li><b>${h(safetyWords(f))}</b> at ${turnLink(f.turn)}: ${quote}${f.cues.length ? ` <span class="muted">(${h(f.cues.map((c) => c.cue).join('; '))})</span>` : ''}${f.denied ? ' <span class="muted">The client denied it; it stays flagged because the risk was talked about.</span>' : ''}</li>`;
  });
  return `<section class="safety" id="safety" role="alert" aria-labelledby="safety-title">
<h2 id="safety-title">Safety: ${r.safety.length} flagged turn${r.safety.length > 1 ? 's' : ''}, read ${r.safety.length > 1 ? 'them' : 'it'} first</h2>
<ul>${items.join('')}</ul>
<p class="note">${h(SAFETY_NOTE)}</p>
</section>`;
}

function summarySection(r: ReviewReport): string {
  const s = r.summary;
  const m = s.miti;
  const t = MITI_THRESHOLDS;
  const num = (v: number | null, digits: number, suffix = '') => (v === null ? '—' : `${v.toFixed(digits)}${suffix}`);
  const mitiTable = `<table class="miti">
<thead><tr><th>MITI 4.2.1 score</th><th class="num">session</th><th class="num">fair</th><th class="num">good</th><th>rating</th></tr></thead>
<tbody>
<tr><td>Reflection-to-question ratio</td><td class="num">${num(s.reflectionToQuestion, 2)}</td><td class="num">${t.reflectionToQuestion.fair}:1</td><td class="num">${t.reflectionToQuestion.good}:1</td><td>${ratingBadge(m.ratings.reflectionToQuestion)}</td></tr>
<tr><td>Complex reflections (% of reflections)</td><td class="num">${num(s.percentComplexReflections, 0, '%')}</td><td class="num">${t.percentComplexReflections.fair}%</td><td class="num">${t.percentComplexReflections.good}%</td><td>${ratingBadge(m.ratings.percentComplexReflections)}</td></tr>
<tr><td>Open questions (% of questions)</td><td class="num">${num(s.percentOpenQuestions, 0, '%')}</td><td class="num">—</td><td class="num">—</td><td><span class="muted">MITI sets no threshold</span></td></tr>
</tbody></table>
<p class="muted">Counted: ${m.counts.reflection} reflections (${m.simpleReflections} simple, ${m.complexReflections} complex), ${m.counts.question} questions (${m.openQuestions} open, ${m.closedQuestions} closed), ${m.counts.therapist_input} input, ${m.counts.other} other. Thresholds were set for about 20-minute segments (Moyers et al., 2016).</p>`;
  const e = s.empathy;
  const empathy = bars((['er', 'ip', 'ex'] as const).map((k) => [MECHANISM_WORDS[k], e[k] / 2, `${e[k].toFixed(2)} / 2`] as [string, number, string]))
    .replace('</ul>', `<li><span><b>mean</b></span><span class="bar"><span style="width:${((e.mean / 2) * 100).toFixed(1)}%"></span></span><span class="val">${e.mean.toFixed(2)} / 2</span></li></ul>`);
  return `<section id="summary"><h2>Summary</h2>
${mitiTable}
<div class="grid">
<div><h3>Empathy (EPITOME, mean level of therapist turns)</h3>${empathy}</div>
<div><h3>Balance of therapist turns</h3>${bars(QUADRANTS.map((q) => [QUADRANT_WORDS[q], s.quadrantShares[q]]))}</div>
<div><h3>Therapist stance</h3>${bars(STANCES.map((k) => [STANCE_WORDS[k], s.stanceShares[k]]))}</div>
<div><h3>Client talk</h3>${bars(CLIENT_TALK.map((k) => [TALK_WORDS[k], s.clientTalkShares[k]]))}</div>
<div><h3>Client style</h3>${bars(STYLES.map((k) => [STYLE_WORDS[k], s.clientStyleShares[k]]))}</div>
<div><h3>Talking time</h3>${s.therapistTalkShare === null ? '<p class="muted">No words.</p>' : bars([['therapist', s.therapistTalkShare], ['everyone else', 1 - s.therapistTalkShare]])}</div>
</div></section>`;
}

function practiseSection(r: ReviewReport): string {
  if (r.practiseNext.length === 0) return '';
  return `<section id="practise"><h2>What to practise next</h2><ul class="findings">${r.practiseNext.map((p) => `<li>${h(p)}</li>`).join('')}</ul></section>`;
}

async function chartsSection(r: ReviewReport): Promise<string> {
  const figures: string[] = [];
  for (const c of reviewCharts(r)) {
    const body = c.points === 0
      ? '<p class="muted">Nothing to chart: no turns of this kind.</p>'
      : `<div class="chart-svg" role="img" aria-label="${h(`${c.title}. ${c.description}`)}">${await renderChartSvg(c.spec, c.id)}</div>`;
    figures.push(`<figure class="chart" id="chart-${c.id}"><figcaption><strong>${h(c.title)}</strong>${h(c.description)}</figcaption>${body}</figure>`);
  }
  return `<section id="course"><h2>Course of the session</h2>${figures.join('\n')}</section>`;
}

function findingsSection(r: ReviewReport): string {
  const list = (items: string[], none: string) => (items.length ? `<ul class="findings">${items.join('')}</ul>` : `<p class="muted">${h(none)}</p>`);
  const cues = (cs: ReadonlyArray<{ cue: string; text: string }>) => cs.map((c) => `“${h(c.text)}” <span class="muted">(${h(c.cue)})</span>`).join(', ');
  const ruptures = r.ruptures.map((x) => `<li><b>${h(RUPTURE_WORDS[x.kind])}</b> at ${turnLink(x.turn)}: ${cues(x.cues)}. ${x.repaired
    ? `<span class="rating good">repaired</span>${x.repair ? ` at ${turnLink(x.repair.turn)}${x.repair.moves.length ? `: ${h(x.repair.moves.join(', '))}` : ''}` : ''}`
    : '<span class="rating below_fair">not repaired</span>'}</li>`);
  const focus = r.focus.map((f) => `<li><b>${h(FOCUS_WORDS[f.kind])}</b> at ${turnLink(f.turn)}: ${cues(f.cues)}. ${f.refocused
    ? `<span class="rating good">focus brought back</span>${f.refocusTurn !== null ? ` at ${turnLink(f.refocusTurn)}` : ''}`
    : '<span class="rating below_fair">not brought back</span>'}</li>`);
  const structure = r.structure.map((x) => `<li><b>${h(structureWords(x))}</b> at ${turnLink(x.turn)}: ${cues(x.cues)}</li>`);
  return `<section id="alliance"><h2>Alliance: ruptures, focus and structure</h2>
<h3>Ruptures (${r.ruptures.length} found, ${r.ruptures.filter((x) => x.repaired).length} repaired)</h3>${list(ruptures, 'No ruptures found.')}
<h3>Focus on the client</h3>${list(focus, 'The focus stayed on the client.')}
<h3>Structure</h3>${list(structure, 'No agenda, goal setting, boundary, process talk or closing found.')}
</section>`;
}

function highlightsSection(r: ReviewReport): string {
  const one = (x: Highlight) => {
    const t = r.turns[x.turn];
    return `<div class="highlight"><div>${turnLink(x.turn)}${t ? ` · ${h(t.speaker)}` : ''}</div>
${t ? `<blockquote>${h(t.text)}</blockquote>` : ''}<div>${h(x.reason)}</div>${x.alternative ? `<div class="alt"><b>Try instead:</b> ${h(x.alternative)}</div>` : ''}</div>`;
  };
  const group = (title: string, xs: readonly Highlight[]) => (xs.length ? `<h3>${h(title)}</h3>${xs.map(one).join('')}` : '');
  const all = group('Empathic moments', r.highlights.empathic) + group('Balanced moments', r.highlights.balanced) + group('Moments to rework', r.highlights.problematic);
  return `<section id="highlights"><h2>Highlights</h2>${all || '<p class="muted">No highlights.</p>'}</section>`;
}

function codeTags(t: ReviewTurn, f: TurnFlags | undefined): string {
  const a = t.analysis;
  const tags: string[] = [];
  const tag = (text: string, cls = '') => tags.push(`<span class="tag${cls ? ` ${cls}` : ''}">${h(text)}</span>`);
  for (const s of f?.safety ?? []) tag(`safety: ${s}`, 'safety-tag');
  if (a.mi) tag(`${MI_WORDS[a.mi.behaviour]}${a.mi.reflection ? ` (${a.mi.reflection})` : a.mi.question ? ` (${a.mi.question})` : ''}`);
  if (a.stance !== undefined) tag(`stance: ${STANCE_WORDS[a.stance]}`);
  if (a.talk) tag(TALK_WORDS[a.talk]);
  tag(`ER ${a.empathy.er} · IP ${a.empathy.ip} · EX ${a.empathy.ex}`);
  tag(`${a.balance.label}${a.balance.offBalance ? `, off balance (${a.balance.offBalance})` : ''}`, `q-${a.balance.quadrant}`);
  tag(`style: ${STYLE_WORDS[a.style]}`);
  for (const x of f?.rupture ?? []) tag(`rupture: ${x}`, 'flag');
  for (const x of f?.repair ?? []) tag(x, 'flag');
  for (const x of f?.focus ?? []) tag(`focus: ${x}`, 'flag');
  for (const x of f?.structure ?? []) tag(`structure: ${x}`, 'flag');
  return tags.join('');
}

/** The explanations of a turn's spans as a list, for paper (tooltips cannot be hovered there). */
function evidenceList(text: string, spans: ReturnType<typeof turnSpans>): string {
  const seen = new Set<string>();
  const items = [...spans].sort((a, b) => a.start - b.start || a.end - b.end).flatMap((s) => {
    const key = `${s.start}:${s.end}:${s.tip}`;
    if (seen.has(key) || s.end <= s.start) return [];
    seen.add(key);
    return [`<li><q>${h(text.slice(s.start, s.end))}</q> ${h(s.tip)}</li>`];
  });
  return items.length ? `<ul class="evidence">${items.join('')}</ul>` : '';
}

function transcriptSection(r: ReviewReport): string {
  const flags = turnFlags(r);
  const legend = SPAN_KINDS.map((k) => `<span><span class="key" style="background:var(--k-${k})"></span>${h(SPAN_LABELS[k])}</span>`).join('');
  const turns = r.turns.map((t) => {
    const f = flags.get(t.index);
    const time = clock(t.start);
    const spans = turnSpans(r, t);
    const notes = t.analysis.notes.map((n) => `${NOTE_WORDS[n.code] ?? n.code}${n.detail ? ` (${n.detail})` : ''}`);
    return `<li class="turn ${h(t.role)}${f?.safety.length ? ' flagged' : ''}" id="turn-${turnNumber(t.index)}">
<header><b>Turn ${turnNumber(t.index)}</b> · ${h(t.speaker)} <span>(${h(t.role)})</span>${time ? ` · ${time}` : ''}</header>
<p class="text">${highlightSpans(t.text, spans)}</p>
<div class="codes">${codeTags(t, f)}</div>${evidenceList(t.text, spans)}${notes.length ? `<div class="notes">${h(notes.join('; '))}</div>` : ''}
</li>`;
  });
  return `<section id="transcript"><h2>Transcript</h2>
<p class="muted">Marked words carry a code: hover over them or move to them with the Tab key to see why.</p>
<div class="legend">${legend}</div>
<ol class="transcript">${turns.join('\n')}</ol></section>`;
}

function aboutSection(r: ReviewReport): string {
  const evidence = r.roles.evidence.map((e) => `<li>${h(roleEvidencePhrase(e))}</li>`).join('');
  const warnings = r.warnings.map((w) => `<li>${h(w.message)}${w.line !== undefined ? ` (line ${w.line})` : ''}</li>`).join('');
  return `<footer id="about"><h2>About this report</h2>
<p>${h(rolesSentence(r.roles))}</p>${evidence ? `<ul class="findings muted">${evidence}</ul>` : ''}
${warnings ? `<h3>Reading the file</h3><ul class="findings">${warnings}</ul>` : ''}
<p class="judgement">${h(JUDGEMENT_NOTE)} The codes are automatic readings of the words alone (no tone of voice, no history) and can be wrong; use them to ask better questions about the session, not to grade it.</p>
<p class="muted">Made by attune. This file loads nothing from the network and runs no scripts. Format ${h(r.format)}${r.redacted ? ' · names and identifiers were redacted' : ''}.</p>
</footer>`;
}

/**
 * The session report as ONE self-contained HTML file: inline CSS, charts as inline SVG rendered now,
 * no script and nothing loaded from anywhere (a Content-Security-Policy says so too), readable offline
 * and in print. Order: safety banner (when flagged), summary scores with thresholds, what to practise,
 * charts of the session's course, ruptures / focus / structure, highlights with alternatives, and the
 * transcript with every turn's codes and explained spans. All outside text is escaped.
 */
export async function renderReviewHtml(r: ReviewReport): Promise<string> {
  const s = r.summary;
  const duration = clock(s.durationSeconds);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>attune review · ${h(r.source.id)}</title>
<style>${REVIEW_HTML_STYLE}</style>
</head>
<body>
${safetyBanner(r)}
<header id="top">
<h1>Session review</h1>
<p class="meta">${h(r.source.id)} · ${s.turns} turns (${s.therapistTurns} therapist, ${s.clientTurns} client)${duration ? ` · ${duration}` : ''}${r.redacted ? ' · redacted' : ''}</p>
<p class="judgement">${h(JUDGEMENT_NOTE)}</p>
</header>
<nav class="toc" aria-label="Sections">${r.safety.length ? '<a href="#safety">Safety</a>' : ''}<a href="#summary">Summary</a>${r.practiseNext.length ? '<a href="#practise">Practise next</a>' : ''}<a href="#course">Course</a><a href="#alliance">Ruptures, focus, structure</a><a href="#highlights">Highlights</a><a href="#transcript">Transcript</a><a href="#about">About</a></nav>
<main>
${summarySection(r)}
${practiseSection(r)}
${await chartsSection(r)}
${findingsSection(r)}
${highlightsSection(r)}
${transcriptSection(r)}
</main>
${aboutSection(r)}
</body>
</html>
`;
}
