import { compileTimestampParser } from '../date-time-format';
import type { ParsedRecord } from '../mapping/record-parser';
import { ServiceLabelResolver } from '../service-labels.repository';
import { bookingsSource } from './bookings.source';

const parse = compileTimestampParser('dd-MM-yyyy HH:mm', 'Europe/Copenhagen');
const at = (text: string) => {
  const parsed = parse(text);
  if (!parsed.ok) throw new Error(parsed.reason);
  return { utcMillis: parsed.utcMillis, wallClock: parsed.wallClock };
};

describe('bookings stager', () => {
  let savedSecret: string | undefined;
  beforeAll(() => {
    savedSecret = process.env.CPR_PSEUDONYM_SECRET;
    process.env.CPR_PSEUDONYM_SECRET = 'f'.repeat(64);
  });
  afterAll(() => {
    if (savedSecret === undefined) delete process.env.CPR_PSEUDONYM_SECRET;
    else process.env.CPR_PSEUDONYM_SECRET = savedSecret;
  });

  const stage = (createdAt: string, slotStart: string) => {
    const record: ParsedRecord = {
      bookingRef: '1',
      createdAt: at(createdAt),
      bookingChannel: 'counter',
      serviceLabel: 'Vielse',
      slotStart: at(slotStart),
      slotLength: 900,
      status: 'attended',
      citizenCpr: '050356-0308',
    };
    return bookingsSource.createStager({
      sourceFileId: 1,
      municipalityCode: '0169',
      siteCode: 'raadhus',
      siteId: 1,
      serviceLabels: new ServiceLabelResolver(new Map([['vielse', 7]]), 99),
    })(record, 2);
  };

  it("allows a booking made up to a day after its slot, and over the spring-forward night 23 hours, as the fact's CHECK may count it", () => {
    const refused = [{ field: 'slotStart', reason: 'is more than a day before {createdAt}' }];
    expect(stage('05-03-2021 10:00', '04-03-2021 10:00')).not.toEqual(refused);
    expect(stage('05-03-2021 10:01', '04-03-2021 10:00')).toEqual(refused);
    // Saturday 27 March 2021 10:00 CET to Sunday 10:00 CEST is 23 hours.
    expect(stage('28-03-2021 10:00', '27-03-2021 10:00')).not.toEqual(refused);
    expect(stage('28-03-2021 10:01', '27-03-2021 10:00')).toEqual(refused);
    // Over the autumn night 24 hours still count, not the 25 of the calendar day.
    expect(stage('31-10-2021 09:00', '30-10-2021 10:00')).not.toEqual(refused);
    expect(stage('31-10-2021 09:01', '30-10-2021 10:00')).toEqual(refused);
  });

  it('stages the keyed pseudonym, age band and sex, and nothing of the CPR number', () => {
    const staged = stage('01-03-2021 10:00', '04-03-2021 10:00');
    if (Array.isArray(staged)) throw new Error('refused');
    expect(staged.values[14]).toMatch(/^[0-9a-f]{64}$/);
    expect(staged.values.slice(15)).toEqual(['50-64', 'F']);
    expect(
      staged.values.some(
        (value) => typeof value === 'string' && value.includes('0503560308'.slice(0, 6)),
      ),
    ).toBe(false);
  });
});
