import type { NextFunction, Request, Response } from 'express';

/**
 * A fixed one-minute window per caller: the signed-in user when the request carries a valid
 * session (`userOf` checks the token's signature, so nobody can spend another user's budget),
 * else the IP. Over the limit the answer is HTTP 429 with a GraphQL error coded RATE_LIMITED.
 * The counters live in this process; behind several replicas each counts on its own.
 */
export function rateLimit(
  perMinute: number,
  userOf: (authorization: string | undefined) => number | undefined,
  now: () => number = Date.now,
) {
  let windowStart = now();
  let counts = new Map<string, number>();
  return (request: Request, response: Response, next: NextFunction): void => {
    const time = now();
    if (time - windowStart >= 60_000) {
      windowStart = time;
      counts = new Map();
    }
    const userId = userOf(request.headers.authorization);
    const key = userId === undefined ? `ip:${request.ip ?? 'unknown'}` : `user:${userId}`;
    const count = (counts.get(key) ?? 0) + 1;
    counts.set(key, count);
    if (count <= perMinute) return next();
    const retryAfter = Math.max(1, Math.ceil((windowStart + 60_000 - time) / 1000));
    response
      .status(429)
      .setHeader('Retry-After', String(retryAfter))
      .json({
        errors: [
          {
            message: `too many requests: at most ${perMinute} a minute; try again in ${retryAfter} s`,
            extensions: { code: 'RATE_LIMITED' },
          },
        ],
      });
  };
}
