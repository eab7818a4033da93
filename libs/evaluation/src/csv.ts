/**
 * A small CSV reader for analysts' files: comma, semicolon or tab (whichever the header line has
 * most of), double quotes with "" escapes, a UTF-8 BOM and CRLF tolerated. Rows keep their line
 * number so errors can point at them.
 */
export interface CsvTable {
  header: string[];
  /** Data rows with the file line they came from (the header is line 1). */
  rows: { line: number; cells: string[] }[];
}

function splitLine(line: string, delimiter: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i += 1) {
    const char = line[i]!;
    if (quoted) {
      if (char === '"' && line[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === delimiter) {
      cells.push(cell.trim());
      cell = '';
    } else cell += char;
  }
  cells.push(cell.trim());
  return cells;
}

export function parseCsv(text: string): CsvTable {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const first = lines[0] ?? '';
  const delimiter = [',', ';', '\t'].reduce((best, candidate) =>
    first.split(candidate).length > first.split(best).length ? candidate : best,
  );
  const rows: CsvTable['rows'] = [];
  lines.slice(1).forEach((line, i) => {
    if (line.trim() !== '') rows.push({ line: i + 2, cells: splitLine(line, delimiter) });
  });
  return { header: splitLine(first, delimiter), rows };
}
