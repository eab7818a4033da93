/**
 * Imported first by bench-api.ts, before the API's modules read their settings: the load test
 * sends thousands of requests a second from one address, which a rate limit meant for people
 * would refuse. The response cache is off unless RESPONSE_CACHE_ENTRIES is given: the benchmark
 * repeats each request 55 times, and with the cache on it would time one answer computed and 54
 * read from memory, not what the query costs.
 */
process.env.RATE_LIMIT_PER_MINUTE = String(1_000_000_000);
process.env.RESPONSE_CACHE_ENTRIES ??= '0';
