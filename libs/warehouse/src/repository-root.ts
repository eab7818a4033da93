import { resolve } from 'node:path';

/** The repository root, from either `src/` (tests) or `dist/` (built). */
export const REPOSITORY_ROOT = resolve(__dirname, '..', '..', '..');
