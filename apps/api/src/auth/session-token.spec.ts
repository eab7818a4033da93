import { InvalidTokenError, SESSION_SECONDS, SessionTokens, sessionSecret } from './session-token';

describe(SessionTokens.name, () => {
  const sut = new SessionTokens(Buffer.from('a-secret-of-at-least-thirty-two-bytes!'));
  const now = Date.UTC(2026, 10, 29, 8, 0, 0);

  it('signs a token that verifies to the user for 8 hours', () => {
    const { token, expiresAt } = sut.sign(42, now);
    expect(sut.verify(token, now + 1000).sub).toBe(42);
    expect(expiresAt.getTime()).toBe(now + SESSION_SECONDS * 1000);
    expect(() => sut.verify(token, now + SESSION_SECONDS * 1000)).toThrow('session expired');
  });

  it('refuses a token signed with another secret, tampered with, or with another algorithm', () => {
    const other = new SessionTokens(Buffer.from('another-secret-of-thirty-two-bytes!!')).sign(
      42,
      now,
    );
    expect(() => sut.verify(other.token, now)).toThrow(InvalidTokenError);
    const [header, , signature] = sut.sign(42, now).token.split('.');
    const admin = Buffer.from(JSON.stringify({ sub: 1, iat: 0, exp: 4e9 })).toString('base64url');
    expect(() => sut.verify(`${header}.${admin}.${signature}`, now)).toThrow('wrong signature');
    const none = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    expect(() => sut.verify(`${none}.${admin}.`, now)).toThrow('malformed');
  });
});

describe(sessionSecret.name, () => {
  it('requires JWT_SECRET in production and warns without it elsewhere', () => {
    expect(() => sessionSecret({ NODE_ENV: 'production' }, () => undefined)).toThrow(
      'JWT_SECRET must be set',
    );
    expect(() => sessionSecret({ JWT_SECRET: 'short' }, () => undefined)).toThrow('at least 32');
    const warnings: string[] = [];
    expect(sessionSecret({}, (w) => warnings.push(w))).toHaveLength(32);
    expect(warnings).toHaveLength(1);
  });
});
