import { agentsNeeded } from './erlang';
import { HALF_HOURS } from './intraday';
import { staffingPlan, type DayLoad } from './staffing-plan';

const at = (values: Record<number, number>) =>
  Array.from({ length: HALF_HOURS }, (_, i) => values[i] ?? 0);

const assumptions = {
  callAhtSeconds: 240,
  callTarget: { seconds: 60, share: 0.8 },
  counterHandlingSeconds: 600,
  walkInTarget: { seconds: 900, share: 0.8 },
};

describe(staffingPlan.name, () => {
  const day: DayLoad = {
    date: '2025-04-07',
    calls: at({ 18: 40, 19: 40 }),
    walkIns: at({ 18: 6 }),
    booked: at({ 18: 6, 19: 3 }),
  };

  it('adds the Erlang agents per half hour and sets them against the rota', () => {
    const phoneAgents = agentsNeeded(
      { arrivals: 40, intervalSeconds: 1800, ahtSeconds: 240 },
      assumptions.callTarget,
    ).agents;
    const walkInStaff = agentsNeeded(
      { arrivals: 6, intervalSeconds: 1800, ahtSeconds: 600 },
      assumptions.walkInTarget,
    ).agents;
    const [sut] = staffingPlan([day], assumptions, [
      { date: '2025-04-07', phoneHours: 10, counterHours: 2 },
    ]);
    expect(sut!.phoneHoursNeeded).toBe(phoneAgents); // two half hours
    // Six booked 10-minute visits hold two counters, three hold one.
    expect(sut!.counterHoursNeeded).toBe((2 + walkInStaff + 1) / 2);
    expect(sut!.phoneHoursBalance).toBe(10 - phoneAgents);
    expect(sut!.counterHoursBalance).toBe(2 - sut!.counterHoursNeeded);
    expect(sut!.peakPhoneAgents).toBe(phoneAgents);
  });

  it('leaves rota and balance empty for a day the rota does not cover, rather than short', () => {
    const [sut] = staffingPlan([day], assumptions, []);
    expect(sut).toMatchObject({
      phoneHoursRota: null,
      counterHoursRota: null,
      phoneHoursBalance: null,
      counterHoursBalance: null,
    });
    expect(sut!.phoneHoursNeeded).toBeGreaterThan(0);
  });

  it('keeps a day the rota plans with zero hours as short', () => {
    const [sut] = staffingPlan([day], assumptions, [
      { date: '2025-04-07', phoneHours: 0, counterHours: 0 },
    ]);
    expect(sut!.phoneHoursRota).toBe(0);
    expect(sut!.phoneHoursBalance).toBe(-sut!.phoneHoursNeeded);
  });

  it('refuses a day without 48 half hours', () => {
    expect(() => staffingPlan([{ ...day, calls: [1, 2] }], assumptions, [])).toThrow(
      /2025-04-07: a day has 48 half hours; got 2 values/,
    );
  });
});
