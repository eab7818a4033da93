import type { LoginThrottleSettings } from '../auth/login-throttle';

/** The API's settings from the environment; tests pass their own. */
export interface ApiConfig {
  /** NODE_ENV=production: introspection off, JWT_SECRET required, no dev accounts. */
  production: boolean;
  /** GraphQL requests per minute per user (or per IP before sign-in). */
  rateLimitPerMinute: number;
  /** Origins allowed to call the API from a browser; empty = same origin only. */
  corsOrigins: string[];
  /** Answers the response cache keeps (0 = no cache), and for how many seconds at most. */
  responseCacheEntries: number;
  responseCacheTtlSeconds: number;
  /** Wrong passwords per username before a lockout, and the first lockout's length. */
  loginThrottle: LoginThrottleSettings;
  /**
   * The reverse proxies whose X-Forwarded-For is believed (addresses, subnets or `loopback`);
   * false = none, so a client cannot pick its own address to dodge the per-IP limit.
   */
  trustProxy: string[] | false;
}

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const rate = wholeNumber(env, 'RATE_LIMIT_PER_MINUTE', 600, 1);
  return {
    production: env.NODE_ENV === 'production',
    rateLimitPerMinute: rate,
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    responseCacheEntries: wholeNumber(env, 'RESPONSE_CACHE_ENTRIES', 500, 0),
    responseCacheTtlSeconds: wholeNumber(env, 'RESPONSE_CACHE_TTL_SECONDS', 300, 1),
    loginThrottle: {
      failuresBeforeLock: wholeNumber(env, 'LOGIN_LOCK_AFTER_FAILURES', 10, 1),
      lockSeconds: wholeNumber(env, 'LOGIN_LOCK_SECONDS', 300, 1),
    },
    trustProxy: env.TRUST_PROXY?.trim()
      ? env.TRUST_PROXY.split(',').map((proxy) => proxy.trim())
      : false,
  };
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const value = Number(env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be a whole number of at least ${min}, not ${env[name]}`);
  return value;
}
