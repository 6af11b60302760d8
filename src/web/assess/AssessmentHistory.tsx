import { useMemo } from 'react';
import type { AssessmentJson, InstrumentDetail } from '../../shared/api/index.js';
import { ActionsHeader, DeleteButton, PastItems, PastItemsTable } from '../components/PastItems.js';
import { useConfirmedDelete } from '../components/useConfirmedDelete.js';
import { VegaChart } from '../components/VegaChart.js';
import { formatWhen } from '../practise/practiseWords.js';
import { scoresOverTimeSpec } from '../progress/progressSpecs.js';
import { assessApi } from './assessApi.js';
import { formatScore } from './assessWords.js';

/** The lowest band boundary above the bottom, drawn as a line (CBI: 50); none for IPIP. */
export function cutoffOf(instrument: Pick<InstrumentDetail, 'interpretation'>): number | null {
  const bands = instrument.interpretation.bands;
  return bands.length > 1 ? bands[bands.length - 1].from : null;
}

/** Past results of one questionnaire: a chart over time (two or more), and the table with the same numbers. */
export function AssessmentHistory({ instrument, results, onChanged }: { instrument: InstrumentDetail; results: readonly AssessmentJson[]; onChanged: () => void }) {
  const { error, confirmDelete } = useConfirmedDelete();
  const scales = instrument.scales;
  const spec = useMemo(() => {
    const points = results.flatMap((r) => r.scores.scales.filter((s) => s.score !== null).map((s) => ({ at: r.takenAt, scale: s.title, score: s.score as number })));
    const all = results.flatMap((r) => r.scores.scales);
    const range = { min: Math.min(...all.map((s) => s.min)), max: Math.max(...all.map((s) => s.max)) };
    return scoresOverTimeSpec(points, range, cutoffOf(instrument));
  }, [results, instrument]);
  const remove = (r: AssessmentJson) => confirmDelete(`Delete the result of ${formatWhen(r.takenAt)}? This cannot be undone.`, () => assessApi.remove(r.id), onChanged);
  return (
    <PastItems
      headingId="history-title"
      title="Your results over time"
      count={results.length}
      empty={{ title: 'No results yet.', text: 'Answer the questions above; each time you do, your scores are kept here so you can see change over weeks and months.' }}
      error={error}
      errorTitle="The result could not be deleted"
    >
      {results.length >= 2 ? (
        <VegaChart id={`scores-${instrument.id}`} spec={spec} title={`${instrument.title} over time`} description="Each scale's score at each time you answered, oldest on the left. The table below has the same numbers." />
      ) : (
        <p className="muted">Answer again in a few weeks to see a line of change here.</p>
      )}
      <PastItemsTable
        testId="assessment-history"
        head={
          <>
            <th scope="col">Taken</th>
            {scales.map((s) => (
              <th key={s.id} scope="col" className="num">
                {s.title}
              </th>
            ))}
            <ActionsHeader />
          </>
        }
      >
        {results.map((r) => (
          <tr key={r.id}>
            <td>{formatWhen(r.takenAt)}</td>
            {scales.map((s) => {
              const sc = r.scores.scales.find((x) => x.scaleId === s.id);
              return (
                <td key={s.id} className="num">
                  {sc?.score == null ? '—' : formatScore(sc.score, sc.max)}
                </td>
              );
            })}
            <td>
              <DeleteButton onClick={() => void remove(r)} label={`Delete the result of ${formatWhen(r.takenAt)}`} />
            </td>
          </tr>
        ))}
      </PastItemsTable>
    </PastItems>
  );
}
