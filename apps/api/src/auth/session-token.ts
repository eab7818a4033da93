import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** Sessions last a working day. */
export const SESSION_SECONDS = 8 * 60 * 60;

const HEADER = Buffer.from(JSON.stringify({ alg: 'HS256', typ: 'JWT' })).toString('base64url');

export interface SessionClaims {
  /** The user id. */
  sub: number;
  iat: number;
  exp: number;
}

export class InvalidTokenError extends Error {}

/**
 * HS256 JSON Web Tokens, written with node:crypto: the API signs and checks its own sessions, so
 * it needs neither key discovery nor other algorithms (and so cannot be tricked into `alg: none`).
 */
export class SessionTokens {
  constructor(private readonly secret: Buffer) {}

  sign(userId: number, now = Date.now()): { token: string; expiresAt: Date } {
    const iat = Math.floor(now / 1000);
    const claims: SessionClaims = { sub: userId, iat, exp: iat + SESSION_SECONDS };
    const body = `${HEADER}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
    return { token: `${body}.${this.signature(body)}`, expiresAt: new Date(claims.exp * 1000) };
  }

  /** The claims of a token this API signed and that has not expired; else InvalidTokenError. */
  verify(token: string, now = Date.now()): SessionClaims {
    const [header, payload, signature, ...rest] = token.split('.');
    if (header !== HEADER || !payload || !signature || rest.length > 0)
      throw new InvalidTokenError('malformed session token');
    const expected = Buffer.from(this.signature(`${header}.${payload}`));
    const given = Buffer.from(signature);
    if (given.length !== expected.length || !timingSafeEqual(given, expected))
      throw new InvalidTokenError('session token with a wrong signature');
    let claims: Partial<SessionClaims>;
    try {
      claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as SessionClaims;
    } catch {
      throw new InvalidTokenError('malformed session token');
    }
    if (
      !Number.isInteger(claims.sub) ||
      typeof claims.exp !== 'number' ||
      typeof claims.iat !== 'number'
    )
      throw new InvalidTokenError('malformed session token');
    if (claims.exp * 1000 <= now) throw new InvalidTokenError('session expired: sign in again');
    return claims as SessionClaims;
  }

  private signature(body: string): string {
    return createHmac('sha256', this.secret).update(body).digest('base64url');
  }
}

/**
 * JWT_SECRET (at least 32 bytes) is required in production; elsewhere a random secret per process
 * keeps development simple at the price of sessions that end when the API restarts.
 */
export function sessionSecret(env: NodeJS.ProcessEnv, warn: (message: string) => void): Buffer {
  const configured = env.JWT_SECRET;
  if (configured) {
    if (Buffer.byteLength(configured) < 32) throw new Error('JWT_SECRET must be at least 32 bytes');
    return Buffer.from(configured);
  }
  if (env.NODE_ENV === 'production')
    throw new Error('JWT_SECRET must be set when NODE_ENV=production');
  warn('JWT_SECRET is not set: using a random secret, so sessions end when the API restarts');
  return randomBytes(32);
}
