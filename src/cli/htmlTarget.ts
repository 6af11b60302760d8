import path from 'node:path';

/**
 * Where `--html PATH` writes a session's report: PATH itself for a single session, else one file per
 * session inside the folder PATH, named after the source's path relative to the working folder (so
 * `a/s1.vtt` and `b/s1.vtt` do not overwrite each other; `#` of multi-session files becomes `-`).
 */
export function htmlTarget(htmlPath: string, sessionId: string, many: boolean): string {
  if (!many) return htmlPath;
  const base = path.relative(process.cwd(), sessionId).replace(/^(\.\.[/\\])+/, '').replace(/[/\\]/g, '_').replace(/#/g, '-').replace(/[^\w.-]+/g, '_');
  return path.join(htmlPath, `${base}.html`);
}
