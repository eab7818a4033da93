import { readChanceQueueSettings, roundForText } from './chance-queue-settings';

describe('readChanceQueueSettings', () => {
  it('reads minutes and the no-show per cent as the API takes them', () => {
    expect(readChanceQueueSettings('20', '25')).toEqual({
      minutesPerWalkIn: 20,
      noShowShareUsable: 0.25,
    });
    expect(readChanceQueueSettings('12,5', '0')).toEqual({
      minutesPerWalkIn: 12.5,
      noShowShareUsable: 0,
    });
  });

  it('leaves out missing and out-of-range values, so the API defaults apply', () => {
    expect(readChanceQueueSettings(null, null)).toEqual({});
    expect(readChanceQueueSettings('0', '101')).toEqual({});
    expect(readChanceQueueSettings('241', 'x')).toEqual({});
    expect(readChanceQueueSettings('', '50')).toEqual({ noShowShareUsable: 0.5 });
  });
});

describe('roundForText', () => {
  it('rounds to a figure fit for "ca."', () => {
    expect(roundForText(42.4)).toBe(42);
    expect(roundForText(874)).toBe(870);
    expect(roundForText(3480)).toBe(3500);
    expect(roundForText(-3744)).toBe(-3700);
  });
});
