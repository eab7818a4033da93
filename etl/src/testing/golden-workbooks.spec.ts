import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { GOLDEN_WORKBOOKS } from './golden-workbooks';

describe('golden workbooks', () => {
  // When a definition changes: npm run build && node etl/dist/testing/write-golden-workbooks.js
  it.each(GOLDEN_WORKBOOKS.map(({ path, bytes }) => [relative(process.cwd(), path), path, bytes]))(
    '%s is what golden-workbooks.ts defines',
    (_, path, bytes) => {
      expect(readFileSync(path).equals(bytes())).toBe(true);
    },
  );
});
