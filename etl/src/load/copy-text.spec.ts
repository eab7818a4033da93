import { copyTextLine } from './copy-text';

describe(copyTextLine.name, () => {
  it('writes nulls, booleans, numbers and instants in COPY text form', () => {
    expect(copyTextLine([null, true, false, 42, new Date(Date.UTC(2024, 0, 2, 3, 4, 5))])).toBe(
      '\\N\tt\tf\t42\t2024-01-02T03:04:05.000Z\n',
    );
  });

  it('escapes backslashes, tabs and line breaks inside text', () => {
    expect(copyTextLine(['a\\b\tc\nd\re'])).toBe('a\\\\b\\tc\\nd\\re\n');
  });
});
