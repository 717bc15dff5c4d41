export interface Confusion {
  tp: number;
  fp: number;
  tn: number;
  fn: number;
}

export function confusion(yTrue: number[], yPred: number[], threshold = 0.5): Confusion {
  const c: Confusion = { tp: 0, fp: 0, tn: 0, fn: 0 };
  yTrue.forEach((t, i) => {
    const p = yPred[i] >= threshold ? 1 : 0;
    if (t === 1 && p === 1) c.tp++;
    else if (t === 0 && p === 1) c.fp++;
    else if (t === 0 && p === 0) c.tn++;
    else c.fn++;
  });
  return c;
}

// Note: precision is defined as 0 when there are no positive predictions, which is
// what scikit-learn does with zero_division=0. The remaining metrics follow from these two.
export const precision = ({ tp, fp }: Confusion) => (tp + fp === 0 ? 0 : tp / (tp + fp));
export const recall = ({ tp, fn }: Confusion) => (tp + fn === 0 ? 0 : tp / (tp + fn));

export function f1(c: Confusion): number {
  const p = precision(c);
  const r = recall(c);
  return p + r === 0 ? 0 : (2 * p * r) / (p + r);
}

// TODO: add ROC-AUC once the eval service sends raw scores instead of labels
export function summary(yTrue: number[], yPred: number[], threshold?: number) {
  const c = confusion(yTrue, yPred, threshold);
  return { ...c, precision: precision(c), recall: recall(c), f1: f1(c) };
}
