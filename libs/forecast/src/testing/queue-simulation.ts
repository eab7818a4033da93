/**
 * A discrete-event simulation of the M/M/n(+M) queue for checking the Erlang formulas: Poisson
 * arrivals, exponential handling, first come first served, exponential patience (none when
 * absent). FIFO makes the event loop simple: a call's start is when the earliest of the busy
 * agents frees up after the calls before it that stayed, so callers who hang up never hold an agent.
 */
import type { QueueLoad } from '../erlang';

/** Mulberry32: a small seeded generator, so a failing run can be repeated. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SimulatedBatch {
  serviceLevel: number;
  asaSeconds: number;
  abandonShare: number;
  occupancy: number;
}

export interface SimulationResult {
  /** Means over the batches, and their standard errors (batch means method). */
  mean: SimulatedBatch;
  standardError: SimulatedBatch;
}

/** A binary min-heap of the times the agents become free. */
class FreeTimes {
  private readonly heap: number[];
  constructor(agents: number) {
    this.heap = new Array<number>(agents).fill(0);
  }
  min(): number {
    return this.heap[0]!;
  }
  replaceMin(value: number): void {
    const heap = this.heap;
    heap[0] = value;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let smallest = i;
      if (left < heap.length && heap[left]! < heap[smallest]!) smallest = left;
      if (right < heap.length && heap[right]! < heap[smallest]!) smallest = right;
      if (smallest === i) return;
      [heap[i], heap[smallest]] = [heap[smallest]!, heap[i]!];
      i = smallest;
    }
  }
}

export function simulateQueue(options: {
  load: QueueLoad;
  agents: number;
  targetSeconds: number;
  callsPerBatch: number;
  batches: number;
  seed: number;
}): SimulationResult {
  const { load, agents, targetSeconds, callsPerBatch, batches } = options;
  const random = seededRandom(options.seed);
  const exponential = (mean: number) => -mean * Math.log(1 - random());
  const meanGap = load.intervalSeconds / load.arrivals;
  const free = new FreeTimes(agents);
  let clock = 0;
  // A warm-up batch lets the queue reach its steady state before anything is counted.
  for (let i = 0; i < callsPerBatch; i += 1) {
    clock += exponential(meanGap);
    const patience = load.patienceSeconds ? exponential(load.patienceSeconds) : Infinity;
    const start = Math.max(clock, free.min());
    if (start - clock <= patience) free.replaceMin(start + exponential(load.ahtSeconds));
  }
  const results: SimulatedBatch[] = [];
  for (let b = 0; b < batches; b += 1) {
    let withinTarget = 0;
    let waited = 0;
    let abandoned = 0;
    let busy = 0;
    const began = clock;
    for (let i = 0; i < callsPerBatch; i += 1) {
      clock += exponential(meanGap);
      const patience = load.patienceSeconds ? exponential(load.patienceSeconds) : Infinity;
      const start = Math.max(clock, free.min());
      const wait = start - clock;
      if (wait > patience) {
        abandoned += 1;
        waited += patience;
        continue;
      }
      const handling = exponential(load.ahtSeconds);
      busy += handling;
      waited += wait;
      if (wait <= targetSeconds) withinTarget += 1;
      free.replaceMin(start + handling);
    }
    results.push({
      serviceLevel: withinTarget / callsPerBatch,
      asaSeconds: waited / callsPerBatch,
      abandonShare: abandoned / callsPerBatch,
      occupancy: busy / (agents * (clock - began)),
    });
  }
  const keys = ['serviceLevel', 'asaSeconds', 'abandonShare', 'occupancy'] as const;
  const mean = {} as SimulatedBatch;
  const standardError = {} as SimulatedBatch;
  for (const key of keys) {
    const values = results.map((r) => r[key]);
    const m = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - m) ** 2, 0) / (values.length - 1);
    mean[key] = m;
    standardError[key] = Math.sqrt(variance / values.length);
  }
  return { mean, standardError };
}
