/**
 * L2-regularised, sample-weighted logistic regression over sparse vectors,
 * fitted with L-BFGS (two-loop recursion, Armijo backtracking). Written here
 * because no kept JavaScript library fits sparse TF-IDF features of this size
 * (ml-logistic-regression works on dense matrices with plain gradient
 * descent); test/unit/logistic.test.ts checks it against Newton's method on a
 * problem small enough to solve exactly. Deterministic: no random start, no
 * sampling.
 */

export type SparseVector = Array<[number, number]>;

export interface Example {
  x: SparseVector;
  /** 1 or 0. */
  y: number;
  /** How much this example counts (balances the classes). */
  weight: number;
}

export interface Fit {
  weights: Float64Array;
  bias: number;
  iterations: number;
  loss: number;
}

/**
 * Minimises mean weighted log-loss + (lambda / 2) · ‖w‖² (the bias is not
 * regularised) over `dimensions` features.
 */
export function fitLogistic(examples: Example[], dimensions: number, options: { lambda: number; maxIterations?: number; tolerance?: number }): Fit {
  const n = dimensions + 1; // the last coordinate is the bias
  const totalWeight = examples.reduce((sum, e) => sum + e.weight, 0);
  const { lambda } = options;
  const maxIterations = options.maxIterations ?? 300;
  const tolerance = options.tolerance ?? 1e-6;

  /** Loss and gradient at `theta`. */
  const evaluate = (theta: Float64Array, gradient: Float64Array): number => {
    gradient.fill(0);
    let loss = 0;
    const bias = theta[dimensions] ?? 0;
    for (const { x, y, weight } of examples) {
      let z = bias;
      for (const [i, v] of x) z += (theta[i] ?? 0) * v;
      // log(1 + e^{-z}) for y = 1, log(1 + e^{z}) for y = 0, computed stably.
      const margin = y === 1 ? z : -z;
      loss += weight * (margin > 0 ? Math.log1p(Math.exp(-margin)) : -margin + Math.log1p(Math.exp(margin)));
      const p = 1 / (1 + Math.exp(-z));
      const g = (weight * (p - y)) / totalWeight;
      for (const [i, v] of x) gradient[i] = (gradient[i] ?? 0) + g * v;
      gradient[dimensions] = (gradient[dimensions] ?? 0) + g;
    }
    loss /= totalWeight;
    for (let i = 0; i < dimensions; i++) {
      const w = theta[i] ?? 0;
      loss += 0.5 * lambda * w * w;
      gradient[i] = (gradient[i] ?? 0) + lambda * w;
    }
    return loss;
  };

  const memory = 10;
  const s: Float64Array[] = [];
  const yHistory: Float64Array[] = [];
  const rho: number[] = [];
  let theta = new Float64Array(n);
  let gradient = new Float64Array(n);
  let loss = evaluate(theta, gradient);
  const dot = (a: Float64Array, b: Float64Array) => {
    let sum = 0;
    for (let i = 0; i < a.length; i++) sum += (a[i] ?? 0) * (b[i] ?? 0);
    return sum;
  };
  let iteration = 0;
  for (; iteration < maxIterations; iteration++) {
    const gradNorm = Math.sqrt(dot(gradient, gradient));
    if (gradNorm < tolerance) break;
    // Two-loop recursion: direction = -H·g.
    const q = Float64Array.from(gradient);
    const alpha: number[] = [];
    for (let k = s.length - 1; k >= 0; k--) {
      const a = (rho[k] ?? 0) * dot(s[k] as Float64Array, q);
      alpha[k] = a;
      const yk = yHistory[k] as Float64Array;
      for (let i = 0; i < n; i++) q[i] = (q[i] ?? 0) - a * (yk[i] ?? 0);
    }
    const last = s.length - 1;
    const gamma =
      last >= 0
        ? dot(s[last] as Float64Array, yHistory[last] as Float64Array) / dot(yHistory[last] as Float64Array, yHistory[last] as Float64Array)
        : 1 / Math.max(1, gradNorm);
    for (let i = 0; i < n; i++) q[i] = (q[i] ?? 0) * gamma;
    for (let k = 0; k < s.length; k++) {
      const b = (rho[k] ?? 0) * dot(yHistory[k] as Float64Array, q);
      const sk = s[k] as Float64Array;
      for (let i = 0; i < n; i++) q[i] = (q[i] ?? 0) + (sk[i] ?? 0) * ((alpha[k] ?? 0) - b);
    }
    const direction = q.map((v) => -v);
    let slope = dot(direction, gradient);
    if (slope >= 0) {
      // Not a descent direction: start again from steepest descent.
      s.length = 0;
      yHistory.length = 0;
      rho.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -(gradient[i] ?? 0);
      slope = dot(direction, gradient);
    }
    // Armijo backtracking.
    let step = 1;
    const nextTheta = new Float64Array(n);
    const nextGradient = new Float64Array(n);
    let nextLoss = Number.POSITIVE_INFINITY;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) nextTheta[i] = (theta[i] ?? 0) + step * (direction[i] ?? 0);
      nextLoss = evaluate(nextTheta, nextGradient);
      if (nextLoss <= loss + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextLoss < loss)) break;
    const sk = new Float64Array(n);
    const yk = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      sk[i] = (nextTheta[i] ?? 0) - (theta[i] ?? 0);
      yk[i] = (nextGradient[i] ?? 0) - (gradient[i] ?? 0);
    }
    const sy = dot(sk, yk);
    if (sy > 1e-12) {
      s.push(sk);
      yHistory.push(yk);
      rho.push(1 / sy);
      if (s.length > memory) {
        s.shift();
        yHistory.shift();
        rho.shift();
      }
    }
    const improvement = loss - nextLoss;
    theta = nextTheta;
    gradient = nextGradient;
    loss = nextLoss;
    if (improvement < tolerance * Math.max(1, Math.abs(loss))) {
      iteration++;
      break;
    }
  }
  return { weights: theta.subarray(0, dimensions), bias: theta[dimensions] ?? 0, iterations: iteration, loss };
}

export function predict(fit: Pick<Fit, 'weights' | 'bias'>, x: SparseVector): number {
  let z = fit.bias;
  for (const [i, v] of x) z += (fit.weights[i] ?? 0) * v;
  return 1 / (1 + Math.exp(-z));
}
