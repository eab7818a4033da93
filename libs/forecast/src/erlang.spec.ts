import {
  agentsNeeded,
  erlangA,
  erlangB,
  erlangC,
  erlangCProbabilityOfWait,
  type QueueLoad,
} from './erlang';
import { StaffingError } from './staffing-error';
import { simulateQueue } from './testing/queue-simulation';

/** The worked example of "Erlang C formula – made simple" (Call Centre Helper): 100 calls per
 * 30 minutes, 3 minutes' handling, 80 % within 20 s → 14 agents, P(wait) 17.4 %, SL 88.8 %,
 * ASA 7.8 s, occupancy 71.4 %. */
const callCentreHelper: QueueLoad = { arrivals: 100, intervalSeconds: 1800, ahtSeconds: 180 };

function poissonTail(mean: number, from: number): { atLeast: number; excess: number } {
  // P(N ≥ from) and E[(N − from)+] for N ~ Poisson(mean), summed far into the tail.
  let p = Math.exp(-mean);
  let below = 0;
  let excess = 0;
  for (let k = 0; k < 400; k += 1) {
    if (k < from) below += p;
    else excess += (k - from) * p;
    p = (p * mean) / (k + 1);
  }
  return { atLeast: 1 - below, excess };
}

describe('erlangC', () => {
  it('matches the published worked example (Call Centre Helper, 10 Erlangs)', () => {
    const sut = agentsNeeded(callCentreHelper, { seconds: 20, share: 0.8 });
    expect(sut.agents).toBe(14);
    expect(sut.probabilityOfWait).toBeCloseTo(0.1741, 4);
    expect(sut.serviceLevel).toBeCloseTo(0.888, 3);
    expect(sut.asaSeconds).toBeCloseTo(7.84, 2);
    expect(sut.occupancy).toBeCloseTo(0.7143, 4);
    // The example's 13 agents fall short: 79.6 %.
    expect(erlangC(callCentreHelper, 13, 20).serviceLevel).toBeCloseTo(0.7956, 4);
  });

  it('matches Erlang B table values (Cooper 1981, Table I: B(10, 10) = 0.2146, B(5, 2) = 0.0367)', () => {
    expect(erlangB(10, 10)).toBeCloseTo(0.2146, 4);
    expect(erlangB(5, 2)).toBeCloseTo(0.0367, 4);
  });

  it('matches the closed forms of M/M/1 and M/M/2 (Kleinrock 1975, §3.2 and §3.5)', () => {
    // M/M/1: P(wait) = ρ and mean wait ρ/(μ − λ); M/M/2: P(wait) = a²/(2 + a).
    expect(erlangCProbabilityOfWait(1, 0.6)).toBeCloseTo(0.6, 12);
    const mm1 = erlangC({ arrivals: 6, intervalSeconds: 600, ahtSeconds: 60 }, 1, 0);
    expect(mm1.asaSeconds).toBeCloseTo(0.6 / (1 / 60 - 1 / 100), 8);
    expect(erlangCProbabilityOfWait(2, 1.5)).toBeCloseTo(1.5 ** 2 / 3.5, 12);
  });

  it('agrees with a discrete-event simulation within sampling error', () => {
    const load: QueueLoad = { arrivals: 60, intervalSeconds: 1800, ahtSeconds: 240 };
    const sut = erlangC(load, 10, 30);
    const sim = simulateQueue({
      load,
      agents: 10,
      targetSeconds: 30,
      callsPerBatch: 5000,
      batches: 20,
      seed: 17,
    });
    for (const key of ['serviceLevel', 'asaSeconds', 'occupancy'] as const)
      expect(Math.abs(sut[key] - sim.mean[key])).toBeLessThan(4 * sim.standardError[key]);
  });
});

describe('erlangA', () => {
  it('equals Erlang C when callers never hang up', () => {
    const c = erlangC(callCentreHelper, 13, 20);
    const sut = erlangA({ ...callCentreHelper, patienceSeconds: 1e9 }, 13, 20);
    expect(sut.serviceLevel).toBeCloseTo(c.serviceLevel, 6);
    expect(sut.asaSeconds).toBeCloseTo(c.asaSeconds, 4);
    expect(sut.abandonShare).toBeLessThan(1e-6);
  });

  it('with patience equal to the handling time, counts the calls present as Poisson(a) (M/M/∞)', () => {
    // θ = μ: every call leaves at rate μ wherever it is, so the number present is that of an
    // M/M/∞ queue (Garnett, Mandelbaum & Reiman 2002, §3): P(wait) = P(N ≥ n), and the
    // abandonment share θ·E[(N − n)+]/λ = E[(N − n)+]/a.
    const load: QueueLoad = { arrivals: 90, intervalSeconds: 1800, ahtSeconds: 200 };
    const sut = erlangA({ ...load, patienceSeconds: 200 }, 8, 20);
    const { atLeast, excess } = poissonTail(10, 8);
    expect(sut.probabilityOfWait).toBeCloseTo(atLeast, 8);
    expect(sut.abandonShare).toBeCloseTo(excess / 10, 8);
  });

  it('agrees with a discrete-event simulation within sampling error, overloaded too', () => {
    for (const [agents, seed] of [
      [9, 3],
      [12, 5],
    ] as const) {
      const load: QueueLoad = {
        arrivals: 120,
        intervalSeconds: 1800,
        ahtSeconds: 300,
        patienceSeconds: 90,
      };
      const sut = erlangA(load, agents, 60);
      const sim = simulateQueue({
        load,
        agents,
        targetSeconds: 60,
        callsPerBatch: 5000,
        batches: 20,
        seed,
      });
      for (const key of ['serviceLevel', 'asaSeconds', 'abandonShare', 'occupancy'] as const)
        expect(Math.abs(sut[key] - sim.mean[key])).toBeLessThan(4 * sim.standardError[key]);
    }
  });

  it('needs fewer agents than Erlang C, as some callers give up', () => {
    const target = { seconds: 60, share: 0.8 };
    const c = agentsNeeded(callCentreHelper, target);
    const sut = agentsNeeded({ ...callCentreHelper, patienceSeconds: 60 }, target);
    expect(sut.agents).toBeLessThanOrEqual(c.agents);
    expect(sut.serviceLevel).toBeGreaterThanOrEqual(0.8);
    expect(
      erlangA({ ...callCentreHelper, patienceSeconds: 60 }, sut.agents - 1, 60).serviceLevel,
    ).toBeLessThan(0.8);
  });
});

describe(agentsNeeded.name, () => {
  const target = { seconds: 60, share: 0.8 };

  it('needs no one when no calls are offered', () => {
    expect(agentsNeeded({ ...callCentreHelper, arrivals: 0 }, target)).toMatchObject({
      agents: 0,
      serviceLevel: 1,
    });
  });

  it.each([
    [{ ...callCentreHelper, ahtSeconds: 0 }, target, /ahtSeconds.*zero/],
    [{ ...callCentreHelper, arrivals: -3 }, target, /arrivals must be a count ≥ 0.*-3/],
    [{ ...callCentreHelper, patienceSeconds: -1 }, target, /patienceSeconds must be a positive/],
    [callCentreHelper, { seconds: 20, share: 1 }, /no finite staff/],
    [callCentreHelper, { seconds: -5, share: 0.8 }, /target seconds must be ≥ 0/],
  ])('refuses impossible input %#', (load, badTarget, message) => {
    expect(() => agentsNeeded(load, badTarget)).toThrow(StaffingError);
    expect(() => agentsNeeded(load, badTarget)).toThrow(message);
  });

  it('says so when no agent count reaches the target', () => {
    const sut = () =>
      agentsNeeded({ ...callCentreHelper, arrivals: 1e6 }, { seconds: 0, share: 0.99 });
    expect(sut).toThrow(expect.objectContaining({ code: 'target-unreachable' }));
    expect(sut).toThrow(/No staffing up to 2000 agents/);
  });

  it('refuses an Erlang C staffing below the load', () => {
    expect(() => erlangC(callCentreHelper, 10, 20)).toThrow(/cannot carry 10.00 Erlangs/);
  });
});
