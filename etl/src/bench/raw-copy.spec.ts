import { copyFormat, defaultMapping, rawCopySql, rawTableSql } from './raw-copy';

describe(rawTableSql.name, () => {
  it('makes an unlogged table of one text column per header column', () => {
    expect(rawTableSql('raw_copy_1', 3)).toBe(
      'CREATE UNLOGGED TABLE raw_copy_1 (c1 text, c2 text, c3 text)',
    );
  });
});

describe(rawCopySql.name, () => {
  it("reads CSV with the mapping's delimiter and encoding, skipping the header", () => {
    expect(rawCopySql('t', { delimiter: ';', encoding: 'windows-1252' })).toBe(
      "COPY t FROM STDIN (FORMAT csv, DELIMITER ';', HEADER true, ENCODING 'WIN1252')",
    );
    expect(rawCopySql('t', { delimiter: '\t', encoding: 'utf-8' })).toBe(
      "COPY t FROM STDIN (FORMAT csv, DELIMITER '\t', HEADER true, ENCODING 'UTF8')",
    );
  });
});

describe(copyFormat.name, () => {
  it("takes delimiter and encoding from a CSV mapping's format", () => {
    expect(copyFormat(defaultMapping('population'))).toEqual({
      delimiter: ';',
      encoding: 'windows-1252',
    });
    expect(copyFormat(defaultMapping('calls'))).toEqual({ delimiter: ';', encoding: 'utf-8' });
  });
});
