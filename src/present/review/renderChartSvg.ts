import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';

/** A logger that hands warnings and errors to `report` instead of the console (CLI output stays clean). */
function collectingLogger(report: (message: string) => void): vega.LoggerInterface {
  let level = vega.Warn;
  const text = (args: unknown[]) => args.map(String).join(' ');
  const logger: vega.LoggerInterface = {
    level(l?: number) {
      if (l === undefined) return level;
      level = l;
      return logger;
    },
    error(...args) { report(text(args)); return logger; },
    warn(...args) { report(text(args)); return logger; },
    info() { return logger; },
    debug() { return logger; },
  };
  return logger;
}

/**
 * A Vega-Lite spec rendered to an SVG string at build time (no DOM, no canvas, no network: the data
 * is inline). Element ids inside the SVG (clip paths, gradients) get `idPrefix`, so several charts can
 * live in one HTML page without their ids colliding. Vega's warnings go to `onWarning` (dropped by
 * default; the chart tests fail on any).
 */
export async function renderChartSvg(spec: TopLevelSpec, idPrefix: string, onWarning: (message: string) => void = () => {}): Promise<string> {
  const logger = collectingLogger(onWarning);
  const view = new vega.View(vega.parse(compile(spec, { logger }).spec), { renderer: 'none', logger });
  try {
    const svg = await view.toSVG();
    return svg
      .replace(/\bid="([^"]+)"/g, `id="${idPrefix}-$1"`)
      .replace(/url\(#([^)]+)\)/g, `url(#${idPrefix}-$1)`)
      .replace(/href="#([^"]+)"/g, `href="#${idPrefix}-$1"`);
  } finally {
    view.finalize();
  }
}
