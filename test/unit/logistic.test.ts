import { describe, expect, it } from 'vitest';
import { type Example, fitLogistic, predict } from '../../scripts/train/logistic';

/**
 * The trainer's optimiser against a known solution: on a problem with three
 * features, Newton's method (exact Hessian, solved directly) finds the
 * optimum of the same regularised, weighted objective; L-BFGS must land on it.
 */
function newton(examples: Example[], dimensions: number, lambda: number): number[] {
  const n = dimensions + 1;
  let theta = new Array<number>(n).fill(0);
  const total = examples.reduce((s, e) => s + e.weight, 0);
  for (let iteration = 0; iteration < 50; iteration++) {
    const g = new Array<number>(n).fill(0);
    const h = Array.from({ length: n }, () => new Array<number>(n).fill(0));
    for (const { x, y, weight } of examples) {
      const dense = new Array<number>(n).fill(0);
      for (const [i, v] of x) dense[i] = v;
      dense[dimensions] = 1;
      const z = dense.reduce((s, v, i) => s + v * (theta[i] ?? 0), 0);
      const p = 1 / (1 + Math.exp(-z));
      for (let i = 0; i < n; i++) {
        g[i] = (g[i] ?? 0) + (weight * (p - y) * (dense[i] ?? 0)) / total;
        for (let j = 0; j < n; j++) (h[i] as number[])[j] = ((h[i] as number[])[j] ?? 0) + (weight * p * (1 - p) * (dense[i] ?? 0) * (dense[j] ?? 0)) / total;
      }
    }
    for (let i = 0; i < dimensions; i++) {
      g[i] = (g[i] ?? 0) + lambda * (theta[i] ?? 0);
      (h[i] as number[])[i] = ((h[i] as number[])[i] ?? 0) + lambda;
    }
    // Solve h · step = g by Gaussian elimination.
    const a = h.map((row, i) => [...row, g[i] ?? 0]);
    for (let c = 0; c < n; c++) {
      const pivot = a[c] as number[];
      for (let r = c + 1; r < n; r++) {
        const row = a[r] as number[];
        const f = (row[c] ?? 0) / (pivot[c] ?? 1);
        for (let k = c; k <= n; k++) row[k] = (row[k] ?? 0) - f * (pivot[k] ?? 0);
      }
    }
    const step = new Array<number>(n).fill(0);
    for (let r = n - 1; r >= 0; r--) {
      const row = a[r] as number[];
      let sum = row[n] ?? 0;
      for (let k = r + 1; k < n; k++) sum -= (row[k] ?? 0) * (step[k] ?? 0);
      step[r] = sum / (row[r] ?? 1);
    }
    theta = theta.map((t, i) => t - (step[i] ?? 0));
  }
  return theta;
}

const examples: Example[] = [
  {
    x: [
      [0, 1],
      [1, 0.5],
    ],
    y: 1,
    weight: 1,
  },
  {
    x: [
      [0, 0.8],
      [2, 0.3],
    ],
    y: 1,
    weight: 2,
  },
  { x: [[1, 1]], y: 0, weight: 1 },
  {
    x: [
      [1, 0.7],
      [2, 0.9],
    ],
    y: 0,
    weight: 1,
  },
  {
    x: [
      [0, 0.2],
      [1, 0.9],
    ],
    y: 1,
    weight: 0.5,
  },
  { x: [[2, 1]], y: 0, weight: 1 },
  {
    x: [
      [0, 0.6],
      [2, 0.6],
    ],
    y: 0,
    weight: 1,
  },
  { x: [[0, 0.9]], y: 1, weight: 1 },
];

describe('the logistic regression trainer', () => {
  it('finds the same optimum as Newton’s method on a small weighted, regularised problem', () => {
    const lambda = 0.05;
    const exact = newton(examples, 3, lambda);
    const fit = fitLogistic(examples, 3, { lambda, tolerance: 1e-12, maxIterations: 500 });
    for (let i = 0; i < 3; i++) expect(fit.weights[i]).toBeCloseTo(exact[i] ?? Number.NaN, 4);
    expect(fit.bias).toBeCloseTo(exact[3] ?? Number.NaN, 4);
  });

  it('separates the classes it was given', () => {
    const fit = fitLogistic(examples, 3, { lambda: 0.001 });
    expect(predict(fit, [[0, 1]])).toBeGreaterThan(0.5);
    expect(predict(fit, [[2, 1]])).toBeLessThan(0.5);
  });
});
