/**
 * Imported first by bench-api.ts, before the API's modules read their settings: the load test
 * sends thousands of requests a second from one address, which a rate limit meant for people
 * would refuse.
 */
process.env.RATE_LIMIT_PER_MINUTE = String(1_000_000_000);
