import type { ChannelMixPoint } from '../api/get-contact-patterns';
import {
  channelMixByPeriod,
  channelShiftByService,
  servicesIn,
  shiftPeriodYears,
} from './channel-mix';

const point = (
  period: string,
  serviceCode: string,
  contacts: number,
  [visitShare, callShare, digitalShare]: (number | null)[],
): ChannelMixPoint => ({
  period,
  serviceCode,
  serviceNameDa: serviceCode,
  serviceNameEn: serviceCode,
  contacts,
  visitShare: visitShare ?? null,
  callShare: callShare ?? null,
  digitalShare: digitalShare ?? null,
});

describe('channelMixByPeriod', () => {
  const points = [
    point('2026-02', 'pas', 100, [50, 30, 20]),
    point('2026-01', 'pas', 300, [60, 20, 20]),
    point('2026-01', 'skat', 100, [20, 40, 40]),
    point('2026-01', 'vielse', 0, [null, null, null]),
  ];

  it('weighs the services by their contacts for all services together', () => {
    const rows = channelMixByPeriod(points, '');
    expect(rows.map((row) => row.period)).toEqual(['2026-01', '2026-02']);
    expect(rows[0]).toEqual({
      period: '2026-01',
      contacts: 400,
      visit: 50,
      call: 25,
      digital: 25,
      other: 0,
    });
  });

  it('shows one service alone', () => {
    expect(channelMixByPeriod(points, 'skat')).toEqual([
      { period: '2026-01', contacts: 100, visit: 20, call: 40, digital: 40, other: 0 },
    ]);
  });

  it('fills the bar to 100 % with the contacts of no channel (chatbot, pickup box)', () => {
    const [row] = channelMixByPeriod([point('2026-03', 'pas', 200, [50, 20, 24])], '');
    expect(row?.other).toBeCloseTo(6);
    const [unknown] = channelMixByPeriod([point('2026-03', 'pas', 200, [50, null, 24])], '');
    expect(unknown?.other).toBeNull();
  });

  it('leaves out periods without contacts', () => {
    expect(channelMixByPeriod(points, 'vielse')).toEqual([]);
  });
});

describe('servicesIn', () => {
  it('lists the services with contacts once', () => {
    expect(
      servicesIn([
        point('2026-01', 'skat', 1, [100, 0, 0]),
        point('2026-02', 'skat', 1, [100, 0, 0]),
        point('2026-01', 'pas', 2, [100, 0, 0]),
        point('2026-01', 'vielse', 0, [null, null, null]),
      ]),
    ).toEqual(['pas', 'skat']);
  });
});

describe('channelShiftByService', () => {
  it('gives the change in percentage points per service and channel', () => {
    const rows = channelShiftByService(
      [point('2026-01', 'pas', 100, [40, 30, 30]), point('2026-02', 'pas', 100, [60, 10, 30])],
      [point('2025-01', 'pas', 200, [70, 20, 10]), point('2025-01', 'skat', 10, [50, 50, 0])],
    );
    expect(rows.filter((row) => row.serviceCode === 'pas')).toEqual([
      { serviceCode: 'pas', channel: 'visit', share: 50, shareLastYear: 70, changePoints: -20 },
      { serviceCode: 'pas', channel: 'call', share: 20, shareLastYear: 20, changePoints: 0 },
      { serviceCode: 'pas', channel: 'digital', share: 30, shareLastYear: 10, changePoints: 20 },
    ]);
    // No contacts this year: no change can be computed.
    expect(rows.find((row) => row.serviceCode === 'skat')?.changePoints).toBeNull();
  });
});

describe('shiftPeriodYears', () => {
  it('moves months and quarters by whole years', () => {
    expect(shiftPeriodYears('2025-03', 1)).toBe('2026-03');
    expect(shiftPeriodYears('2025-Q4', 1)).toBe('2026-Q4');
  });
});
