import { useEffect, useRef, useState } from 'react';

/**
 * A Vega-Lite spec drawn with vega-embed as SVG. Vega is loaded only when a chart is first shown (it is
 * large), from this server like everything else; expressions run through vega's interpreter, so the
 * page's Content-Security-Policy needs no `eval`. The figure carries the chart's title and one-sentence
 * description for screen readers; the numbers are also in the page as text or tables.
 */
export function VegaChart({ spec, title, description, id }: { spec: object; title: string; description: string; id: string }) {
  const el = useRef<HTMLDivElement>(null);
  const [failed, setFailed] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    let finalize: (() => void) | undefined;
    (async () => {
      const [{ default: embed }, { expressionInterpreter }] = await Promise.all([import('vega-embed'), import('vega-interpreter')]);
      if (cancelled || !el.current) return;
      const result = await embed(el.current, spec as Parameters<typeof embed>[1], {
        actions: false,
        renderer: 'svg',
        ast: true,
        expr: expressionInterpreter,
      });
      if (cancelled) result.finalize();
      else finalize = () => result.finalize();
    })().catch((e: unknown) => !cancelled && setFailed(e instanceof Error ? e.message : String(e)));
    return () => {
      cancelled = true;
      finalize?.();
    };
  }, [spec]);
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} data-chart={id}>
      <figcaption>
        <span id={`${id}-title`} className="chart-title">{title}</span>
        <span id={`${id}-desc`} className="chart-desc">{description}</span>
      </figcaption>
      {failed ? <p className="notice warn">The chart could not be drawn: {failed}</p> : <div ref={el} className="chart-canvas" role="img" aria-label={title} />}
    </figure>
  );
}
