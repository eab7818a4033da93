import type { DataSource } from 'typeorm';

/** A loaded source file (and its run) for facts a test inserts directly; returns its id. */
export async function insertFactorySourceFile(
  dataSource: DataSource,
  sourceKind: string,
  municipalityCode: string,
  countRows: number,
): Promise<number> {
  const [run] = await dataSource.query(
    `INSERT INTO etl.run (command, actor, status) VALUES ('factory', 'test', 'succeeded') RETURNING run_id`,
  );
  const [file] = await dataSource.query(
    `INSERT INTO etl.source_file (run_id, source_kind, municipality_code, file_name, content_sha256, count_bytes,
                                  count_rows_in, count_rows_loaded, count_rows_quarantined, count_rows_duplicate)
     VALUES ($1, $2, $3, 'factory.csv', md5(random()::text) || md5(random()::text), 0, $4, $4, 0, 0)
     RETURNING source_file_id`,
    [run.run_id, sourceKind, municipalityCode, countRows],
  );
  return file.source_file_id;
}
