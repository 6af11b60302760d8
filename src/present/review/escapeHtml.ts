const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\n': '&#10;' };

/**
 * Text for HTML, safe both as element content and inside a quoted attribute: transcript lines are
 * outside input, so `<script>` in a turn shows as text and never runs. Newlines become `&#10;` so
 * multi-line attribute values (tooltips) keep their breaks.
 */
export function escapeHtml(s: string): string {
  // Control characters other than tab/newline are not allowed in HTML text; show them as nothing.
  return s.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '').replace(/[&<>"'\n]/g, (c) => ENTITIES[c]);
}
