// A planted import cycle (with cycle-b.ts) for boundaries.spec.ts; eslint.config.mjs ignores it.
import { b } from './cycle-b';

export const a = (): string => `a${b()}`;
