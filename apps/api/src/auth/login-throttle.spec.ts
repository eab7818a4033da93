import { LoginThrottle } from './login-throttle';

describe('LoginThrottle', () => {
  let time = 0;
  const sut = () => new LoginThrottle({ failuresBeforeLock: 3, lockSeconds: 10 }, () => time);
  beforeEach(() => {
    time = 1_000_000;
  });

  it('locks a username after the allowed failures, for the lock period', () => {
    const throttle = sut();
    throttle.failed('kim');
    throttle.failed('kim');
    expect(throttle.waitSeconds('kim')).toBe(0);
    throttle.failed('kim');
    expect(throttle.waitSeconds('kim')).toBe(10);
    expect(throttle.waitSeconds('other')).toBe(0);
    time += 10_000;
    expect(throttle.waitSeconds('kim')).toBe(0);
  });

  it('doubles the lock each time it is earned again, and forgets after a success', () => {
    const throttle = sut();
    for (let i = 0; i < 3; i += 1) throttle.failed('kim');
    time += 10_000;
    for (let i = 0; i < 3; i += 1) throttle.failed('kim');
    expect(throttle.waitSeconds('kim')).toBe(20);
    time += 20_000;
    throttle.succeeded('kim');
    for (let i = 0; i < 3; i += 1) throttle.failed('kim');
    expect(throttle.waitSeconds('kim')).toBe(10);
  });

  it('never locks for more than a day', () => {
    const throttle = sut();
    for (let round = 0; round < 20; round += 1) {
      for (let i = 0; i < 3; i += 1) throttle.failed('kim');
      time += throttle.waitSeconds('kim') * 1000;
    }
    for (let i = 0; i < 3; i += 1) throttle.failed('kim');
    expect(throttle.waitSeconds('kim')).toBe(24 * 60 * 60);
  });
});
