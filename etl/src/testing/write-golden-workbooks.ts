/** Rewrites the golden XLSX files from their definitions in golden-workbooks.ts. */
import { writeFileSync } from 'node:fs';
import { GOLDEN_WORKBOOKS } from './golden-workbooks';

for (const { path, bytes } of GOLDEN_WORKBOOKS) {
  writeFileSync(path, bytes());
  console.log(`wrote ${path}`);
}
