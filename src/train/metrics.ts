/** Accuracy, per-class and macro F1: what `npm run eval` prints for every task. */
export interface ClassificationReport {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  confusion: Record<string, Record<string, number>>;
}

export function classificationReport(labels: readonly string[], gold: readonly string[], pred: readonly string[]): ClassificationReport {
  if (gold.length !== pred.length) throw new Error('gold and predicted labels differ in length');
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of labels) confusion[g] = Object.fromEntries(labels.map((p) => [p, 0]));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] === pred[i]) correct++;
    if (confusion[gold[i]] && confusion[gold[i]][pred[i]] !== undefined) confusion[gold[i]][pred[i]]++;
  }
  const perClass: ClassificationReport['perClass'] = {};
  let f1sum = 0;
  for (const l of labels) {
    const tp = confusion[l][l];
    const support = labels.reduce((s, p) => s + confusion[l][p], 0);
    const predicted = labels.reduce((s, g) => s + confusion[g][l], 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[l] = { precision, recall, f1, support };
    f1sum += f1;
  }
  return { n: gold.length, accuracy: gold.length ? correct / gold.length : 0, macroF1: f1sum / labels.length, perClass, confusion };
}

export function formatReport(title: string, r: ClassificationReport): string {
  const pct = (v: number) => v.toFixed(3);
  const lines = [`${title}  (n=${r.n})  accuracy ${pct(r.accuracy)}  macro-F1 ${pct(r.macroF1)}`];
  for (const [label, c] of Object.entries(r.perClass)) {
    lines.push(`  ${label.padEnd(20)} F1 ${pct(c.f1)}  P ${pct(c.precision)}  R ${pct(c.recall)}  support ${c.support}`);
  }
  return lines.join('\n');
}

/** Running true-positive / false-positive / false-negative counts of predicted against gold sets. */
export class SetOverlap {
  tp = 0;
  fp = 0;
  fn = 0;

  add<T>(predicted: ReadonlySet<T>, gold: ReadonlySet<T>): void {
    for (const k of predicted) if (gold.has(k)) this.tp++;
    else this.fp++;
    for (const k of gold) if (!predicted.has(k)) this.fn++;
  }

  /** Micro-averaged precision, recall and F1 over everything added. */
  scores(): { precision: number; recall: number; f1: number } {
    const precision = this.tp + this.fp ? this.tp / (this.tp + this.fp) : 0;
    const recall = this.tp + this.fn ? this.tp / (this.tp + this.fn) : 0;
    return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
  }
}
