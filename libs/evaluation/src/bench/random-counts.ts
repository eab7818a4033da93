/**
 * Seeded draws for the coverage benchmark: uniform (mulberry32), normal (Box–Muller), gamma
 * (Marsaglia–Tsang) and Poisson (inversion for small means, Hörmann's PTRS above 10), so a run with
 * the same seed gives the same coverage on every machine.
 */
import { logGamma } from '../distributions';

export class Draws {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  uniform(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  normal(): number {
    const u = 1 - this.uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.uniform());
  }

  /** Gamma with the given shape (≥ 1) and scale. */
  gamma(shape: number, scale: number): number {
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x: number;
      let v: number;
      do {
        x = this.normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v ** 3;
      const u = this.uniform();
      if (Math.log(u) < 0.5 * x * x + d - d * v + d * Math.log(v)) return d * v * scale;
    }
  }

  poisson(mean: number): number {
    if (mean < 10) {
      const limit = Math.exp(-mean);
      let count = 0;
      let product = this.uniform();
      while (product > limit) {
        count += 1;
        product *= this.uniform();
      }
      return count;
    }
    // PTRS: transformed rejection with squeeze (Hörmann 1993).
    const slam = Math.sqrt(mean);
    const logLambda = Math.log(mean);
    const b = 0.931 + 2.53 * slam;
    const a = -0.059 + 0.02483 * b;
    const invAlpha = 1.1239 + 1.1328 / (b - 3.4);
    const vr = 0.9277 - 3.6224 / (b - 2);
    for (;;) {
      const u = this.uniform() - 0.5;
      const v = this.uniform();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + mean + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (
        Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <=
        -mean + k * logLambda - logGamma(k + 1)
      )
        return k;
    }
  }
}
