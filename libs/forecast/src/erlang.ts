/**
 * Queueing formulas for the phone line (and the counter's walk-ins):
 *   - Erlang C, M/M/n: callers wait as long as it takes;
 *   - Erlang A, M/M/n+M: callers hang up after an exponential patience with the given mean
 *     (Palm 1946; Garnett, Mandelbaum & Reiman 2002).
 * Service level is the share of offered calls answered within the target (an abandoned call
 * counts as missed), ASA the mean time in queue of every offered call (abandoned calls for as
 * long as they waited, so ASA = E[queue length] / λ by Little's law), occupancy the share of the
 * agents' time spent handling calls.
 */
import { StaffingError } from './staffing-error';

export interface QueueLoad {
  /** Calls offered per interval, ≥ 0. */
  arrivals: number;
  intervalSeconds: number;
  /** Mean handling time (talk + hold + wrap-up), > 0. */
  ahtSeconds: number;
  /** Mean patience before hanging up; absent means Erlang C (no abandonment). */
  patienceSeconds?: number;
}

export interface ServiceTarget {
  seconds: number;
  /** Share of offered calls to answer within `seconds`, 0 < share < 1. */
  share: number;
}

export interface QueueFigures {
  agents: number;
  /** Offered load in Erlangs: arrivals per second × handling time. */
  erlangs: number;
  probabilityOfWait: number;
  serviceLevel: number;
  asaSeconds: number;
  occupancy: number;
  /** 0 under Erlang C. */
  abandonShare: number;
  model: 'erlang-c' | 'erlang-a';
}

/** More agents than this is a planning error rather than a staffing answer. */
export const MAX_AGENTS = 2000;

function validateLoad(load: QueueLoad): void {
  const positive = (name: string, value: number) => {
    if (!(Number.isFinite(value) && value > 0))
      throw new StaffingError(
        'invalid-input',
        `${name} must be a positive number; got ${value}${value === 0 ? ' (zero)' : ''}.`,
      );
  };
  if (!(Number.isFinite(load.arrivals) && load.arrivals >= 0))
    throw new StaffingError(
      'invalid-input',
      `arrivals must be a count ≥ 0 per interval; got ${load.arrivals}.`,
    );
  positive('intervalSeconds', load.intervalSeconds);
  positive('ahtSeconds (handling time)', load.ahtSeconds);
  if (load.patienceSeconds !== undefined) positive('patienceSeconds', load.patienceSeconds);
}

function validateTarget(target: ServiceTarget): void {
  if (!(Number.isFinite(target.seconds) && target.seconds >= 0))
    throw new StaffingError('invalid-input', `target seconds must be ≥ 0; got ${target.seconds}.`);
  if (!(target.share > 0 && target.share < 1))
    throw new StaffingError(
      'invalid-input',
      `target share must lie strictly between 0 and 1; got ${target.share}` +
        (target.share === 1 ? ' (no finite staff answers every call within a target).' : '.'),
    );
}

function validateAgents(agents: number): void {
  if (!(Number.isInteger(agents) && agents >= 0))
    throw new StaffingError('invalid-input', `agents must be a whole number ≥ 0; got ${agents}.`);
}

export function offeredErlangs(load: QueueLoad): number {
  return (load.arrivals / load.intervalSeconds) * load.ahtSeconds;
}

/** Erlang B by the stable recursion B(k) = a·B(k−1) / (k + a·B(k−1)). */
export function erlangB(agents: number, erlangs: number): number {
  let b = 1;
  for (let k = 1; k <= agents; k += 1) b = (erlangs * b) / (k + erlangs * b);
  return b;
}

/** Erlang C's probability that a call waits, for a < n: n·B / (n − a·(1 − B)). */
export function erlangCProbabilityOfWait(agents: number, erlangs: number): number {
  if (erlangs === 0) return 0;
  if (erlangs >= agents) return 1;
  const b = erlangB(agents, erlangs);
  return (agents * b) / (agents - erlangs * (1 - b));
}

function idle(agents: number, model: QueueFigures['model']): QueueFigures {
  return {
    agents,
    erlangs: 0,
    probabilityOfWait: 0,
    serviceLevel: 1,
    asaSeconds: 0,
    occupancy: 0,
    abandonShare: 0,
    model,
  };
}

export function erlangC(load: QueueLoad, agents: number, targetSeconds: number): QueueFigures {
  validateLoad(load);
  validateAgents(agents);
  const a = offeredErlangs(load);
  if (a === 0) return idle(agents, 'erlang-c');
  if (a >= agents)
    throw new StaffingError(
      'target-unreachable',
      `${agents} agents cannot carry ${a.toFixed(2)} Erlangs without abandonment: the queue ` +
        'grows without end. Add agents or give a patience (Erlang A).',
    );
  const mu = 1 / load.ahtSeconds;
  const lambda = load.arrivals / load.intervalSeconds;
  const c = erlangCProbabilityOfWait(agents, a);
  const drain = agents * mu - lambda;
  return {
    agents,
    erlangs: a,
    probabilityOfWait: c,
    serviceLevel: 1 - c * Math.exp(-drain * targetSeconds),
    asaSeconds: c / drain,
    occupancy: a / agents,
    abandonShare: 0,
    model: 'erlang-c',
  };
}

/**
 * Stationary distribution of the number of calls in an M/M/n+M system, π_k ∝ Π λ / (min(j,n)·μ +
 * max(j−n,0)·θ), truncated where the terms fall below 1e-14 of the largest (always finite: the
 * abandonment makes the death rate grow without bound).
 */
function erlangAStates(lambda: number, mu: number, theta: number, agents: number): number[] {
  const weights = [1];
  let term = 1;
  let largest = 1;
  for (let k = 1; ; k += 1) {
    term *= lambda / (Math.min(k, agents) * mu + Math.max(k - agents, 0) * theta);
    weights.push(term);
    largest = Math.max(largest, term);
    if (k > agents && term < largest * 1e-14) break;
    if (largest > 1e250) {
      // Rescale before the weights overflow; only ratios matter.
      for (let i = 0; i < weights.length; i += 1) weights[i]! /= largest;
      term /= largest;
      largest = 1;
    }
  }
  const total = weights.reduce((sum, w) => sum + w, 0);
  return weights.map((w) => w / total);
}

/**
 * P(answered within t) for Erlang A. An arrival that finds k ≥ n calls present has i = k − n
 * calls ahead in the queue; it moves up at rate n·μ + i·θ (a call is answered or one ahead hangs
 * up) and hangs up itself at rate θ. That pure-death chain, started from the arrival-state mix
 * (PASTA), is solved by uniformisation.
 */
function erlangAServiceLevel(
  states: readonly number[],
  mu: number,
  theta: number,
  agents: number,
  t: number,
): number {
  let immediately = 0;
  for (let k = 0; k < Math.min(agents, states.length); k += 1) immediately += states[k]!;
  let queue = states.slice(agents);
  if (queue.length === 0 || t === 0) return immediately;
  const top = queue.length - 1;
  const rate = agents * mu + top * theta + theta;
  const meanJumps = rate * t;
  const maxJumps = Math.ceil(meanJumps + 12 * Math.sqrt(meanJumps) + 30);
  let served = 0;
  let poisson = Math.exp(-meanJumps);
  let logPoisson = -meanJumps;
  let answeredByT = 0;
  for (let j = 0; j <= maxJumps; j += 1) {
    // P(j jumps by t), in logs where exp(−Λt) underflows.
    const weight = poisson > 0 ? poisson : Math.exp(logPoisson);
    answeredByT += weight * served;
    const next = new Array<number>(queue.length).fill(0);
    for (let i = 0; i < queue.length; i += 1) {
      const mass = queue[i]!;
      if (mass === 0) continue;
      const up = (agents * mu + i * theta) / rate;
      if (i === 0) served += mass * up;
      else next[i - 1]! += mass * up;
      next[i]! += mass * (1 - up - theta / rate);
    }
    queue = next;
    logPoisson += Math.log(meanJumps) - Math.log(j + 1);
    poisson = poisson > 0 ? (poisson * meanJumps) / (j + 1) : 0;
  }
  return immediately + answeredByT;
}

export function erlangA(load: QueueLoad, agents: number, targetSeconds: number): QueueFigures {
  validateLoad(load);
  validateAgents(agents);
  if (load.patienceSeconds === undefined)
    throw new StaffingError('invalid-input', 'Erlang A needs patienceSeconds.');
  const a = offeredErlangs(load);
  if (a === 0) return idle(agents, 'erlang-a');
  const lambda = load.arrivals / load.intervalSeconds;
  const mu = 1 / load.ahtSeconds;
  const theta = 1 / load.patienceSeconds;
  const states = erlangAStates(lambda, mu, theta, agents);
  let probabilityOfWait = 0;
  let queueLength = 0;
  states.forEach((p, k) => {
    if (k >= agents) probabilityOfWait += p;
    if (k > agents) queueLength += (k - agents) * p;
  });
  const abandonShare = (theta * queueLength) / lambda;
  return {
    agents,
    erlangs: a,
    probabilityOfWait,
    serviceLevel: erlangAServiceLevel(states, mu, theta, agents, targetSeconds),
    asaSeconds: queueLength / lambda,
    occupancy: agents === 0 ? 0 : (a * (1 - abandonShare)) / agents,
    abandonShare,
    model: 'erlang-a',
  };
}

/** Erlang A when the load has a patience, Erlang C otherwise. */
export function queueFigures(load: QueueLoad, agents: number, targetSeconds: number): QueueFigures {
  return load.patienceSeconds === undefined
    ? erlangC(load, agents, targetSeconds)
    : erlangA(load, agents, targetSeconds);
}

/**
 * The fewest agents whose service level reaches the target, with that staffing's figures. The
 * service level grows with the agents, so the count is found by doubling and then bisection.
 */
export function agentsNeeded(load: QueueLoad, target: ServiceTarget): QueueFigures {
  validateLoad(load);
  validateTarget(target);
  const a = offeredErlangs(load);
  if (a === 0) return queueFigures(load, 0, target.seconds);
  const erlangCOnly = load.patienceSeconds === undefined;
  const reaches = (agents: number) => {
    // Erlang C is stable only above the load; Erlang A may need fewer agents than Erlangs.
    if (erlangCOnly && agents <= a) return null;
    const figures = queueFigures(load, agents, target.seconds);
    return figures.serviceLevel >= target.share ? figures : null;
  };
  let low = erlangCOnly ? Math.floor(a) : 0;
  let high = low + 1;
  let found = high <= MAX_AGENTS ? reaches(high) : null;
  while (!found) {
    if (high >= MAX_AGENTS)
      throw new StaffingError(
        'target-unreachable',
        `No staffing up to ${MAX_AGENTS} agents answers ${(target.share * 100).toFixed(1)} % of ` +
          `${load.arrivals} calls per interval within ${target.seconds} s; lower the target or ` +
          'split the load.',
      );
    low = high;
    high = Math.min(MAX_AGENTS, high * 2);
    found = reaches(high);
  }
  // Invariant: \`low\` agents miss the target (or cannot carry the load), \`high\` reach it.
  while (high - low > 1) {
    const middle = Math.floor((low + high) / 2);
    const figures = reaches(middle);
    if (figures) {
      high = middle;
      found = figures;
    } else low = middle;
  }
  return found;
}
