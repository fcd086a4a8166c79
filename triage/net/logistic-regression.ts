/**
 * L2-regularised logistic regression on sparse rows, fitted by L-BFGS.
 *
 * The objective is convex and the optimiser is full-batch with a fixed iteration cap and no
 * randomness, so the same rows give the same weights, bit for bit, on every run.
 */
import type { SparseVector } from './ngram-features';

export interface LogisticSettings {
  /** L2 penalty λ on the weights (not the bias), objective = mean log loss + λ/2 ‖w‖². */
  l2: number;
  /** Weigh each class by n / (2 · n_class), so the rarer emergencies count as much as the rest. */
  balanced: boolean;
  maxIterations: number;
  /** Stop when ‖gradient‖ falls below this. */
  tolerance: number;
}

export const DEFAULT_LOGISTIC: LogisticSettings = { l2: 1e-5, balanced: true, maxIterations: 200, tolerance: 1e-6 };

export interface LogisticFit {
  weights: Float64Array;
  bias: number;
  iterations: number;
  loss: number;
}

/** log(1 + e^x) without overflow. */
function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x));
}

export function sigmoid(z: number): number {
  if (z >= 0) return 1 / (1 + Math.exp(-z));
  const e = Math.exp(z);
  return e / (1 + e);
}

function dot(a: Float64Array, b: Float64Array): number {
  let s = 0;
  for (let i = 0; i < a.length; i++) s += a[i] * b[i];
  return s;
}

/**
 * Fits weights over `dim` features (row indices must be < dim) and a bias.
 * `labels[i]` is 1 for the positive class.
 */
export function trainLogistic(
  rows: readonly SparseVector[],
  labels: Uint8Array,
  dim: number,
  settings: LogisticSettings = DEFAULT_LOGISTIC,
): LogisticFit {
  const n = rows.length;
  const positives = labels.reduce((s, y) => s + y, 0);
  const cw = [1, 1];
  if (settings.balanced && positives > 0 && positives < n) {
    cw[0] = n / (2 * (n - positives));
    cw[1] = n / (2 * positives);
  }
  const totalWeight = n === 0 ? 1 : cw[0] * (n - positives) + cw[1] * positives;
  // Parameters: dim weights, then the bias.
  const p = dim + 1;
  const lambda = settings.l2;

  const evaluate = (x: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    const b = x[dim];
    for (let i = 0; i < n; i++) {
      const { indices, values } = rows[i];
      let z = b;
      for (let k = 0; k < indices.length; k++) z += x[indices[k]] * values[k];
      const y = labels[i];
      const w = cw[y];
      loss += w * softplus(y === 1 ? -z : z);
      const r = (w * (sigmoid(z) - y)) / totalWeight;
      for (let k = 0; k < indices.length; k++) grad[indices[k]] += r * values[k];
      grad[dim] += r;
    }
    loss /= totalWeight;
    let reg = 0;
    for (let j = 0; j < dim; j++) {
      reg += x[j] * x[j];
      grad[j] += lambda * x[j];
    }
    return loss + 0.5 * lambda * reg;
  };

  const memory = 10;
  const S: Float64Array[] = [];
  const Y: Float64Array[] = [];
  const rho: number[] = [];
  const x = new Float64Array(p);
  const g = new Float64Array(p);
  let f = evaluate(x, g);
  const dir = new Float64Array(p);
  const xNew = new Float64Array(p);
  const gNew = new Float64Array(p);
  const alpha = new Float64Array(memory);
  let iterations = 0;

  for (; iterations < settings.maxIterations; iterations++) {
    const gNorm = Math.sqrt(dot(g, g));
    if (gNorm < settings.tolerance) break;
    // Two-loop recursion: dir = -H·g.
    for (let j = 0; j < p; j++) dir[j] = -g[j];
    for (let k = S.length - 1; k >= 0; k--) {
      alpha[k] = rho[k] * dot(S[k], dir);
      const yk = Y[k];
      for (let j = 0; j < p; j++) dir[j] -= alpha[k] * yk[j];
    }
    const gamma =
      S.length > 0 ? dot(S[S.length - 1], Y[Y.length - 1]) / dot(Y[Y.length - 1], Y[Y.length - 1]) : 1 / gNorm;
    for (let j = 0; j < p; j++) dir[j] *= gamma;
    for (let k = 0; k < S.length; k++) {
      const beta = rho[k] * dot(Y[k], dir);
      const sk = S[k];
      for (let j = 0; j < p; j++) dir[j] += (alpha[k] - beta) * sk[j];
    }
    let slope = dot(g, dir);
    if (slope >= 0) {
      // Not a descent direction (numerical trouble): restart from steepest descent.
      S.length = 0;
      Y.length = 0;
      rho.length = 0;
      for (let j = 0; j < p; j++) dir[j] = -g[j] / gNorm;
      slope = dot(g, dir);
    }
    // Backtracking line search with the Armijo condition.
    let step = 1;
    let fNew = f;
    let accepted = false;
    for (let tries = 0; tries < 40; tries++) {
      for (let j = 0; j < p; j++) xNew[j] = x[j] + step * dir[j];
      fNew = evaluate(xNew, gNew);
      if (fNew <= f + 1e-4 * step * slope) {
        accepted = true;
        break;
      }
      step *= 0.5;
    }
    if (!accepted) break;
    // Reuse the oldest pair's buffers once the memory is full.
    const full = S.length === memory;
    const s = full ? S[0] : new Float64Array(p);
    const yv = full ? Y[0] : new Float64Array(p);
    for (let j = 0; j < p; j++) {
      s[j] = xNew[j] - x[j];
      yv[j] = gNew[j] - g[j];
    }
    const sy = dot(s, yv);
    if (sy > 1e-12) {
      if (full) {
        S.shift();
        Y.shift();
        rho.shift();
      }
      S.push(s);
      Y.push(yv);
      rho.push(1 / sy);
    } else if (full) {
      // Curvature too small to keep: the pair is dropped, so its reused buffers must not stay in memory.
      S.shift();
      Y.shift();
      rho.shift();
    }
    x.set(xNew);
    g.set(gNew);
    const improvement = f - fNew;
    f = fNew;
    if (improvement < 1e-12 * Math.max(1, Math.abs(f))) {
      iterations++;
      break;
    }
  }
  return { weights: x.slice(0, dim), bias: x[dim], iterations, loss: f };
}
