/** The API's settings from the environment; tests pass their own. */
export interface ApiConfig {
  /** NODE_ENV=production: introspection off, JWT_SECRET required, no dev accounts. */
  production: boolean;
  /** GraphQL requests per minute per user (or per IP before sign-in). */
  rateLimitPerMinute: number;
  /** Origins allowed to call the API from a browser; empty = same origin only. */
  corsOrigins: string[];
}

export function readApiConfig(env: NodeJS.ProcessEnv = process.env): ApiConfig {
  const rate = Number(env.RATE_LIMIT_PER_MINUTE ?? 600);
  if (!Number.isInteger(rate) || rate < 1)
    throw new Error(
      `RATE_LIMIT_PER_MINUTE must be a positive whole number, not ${env.RATE_LIMIT_PER_MINUTE}`,
    );
  return {
    production: env.NODE_ENV === 'production',
    rateLimitPerMinute: rate,
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  };
}
