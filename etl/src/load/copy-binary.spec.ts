import { BinaryCopyEncoder } from './copy-binary';

describe('BinaryCopyEncoder', () => {
  it('writes the signature, each field with its length, and the trailer', () => {
    const encoder = new BinaryCopyEncoder(['int2', 'int4', 'int8', 'bool', 'text', 'timestamptz']);
    encoder.write([7, -2, 2 ** 40 + 5, true, 'Ø1', Date.UTC(2000, 0, 1, 0, 0, 1)]);
    encoder.write([null, null, null, null, 'a'.repeat(70), null]);
    const bytes = encoder.take(true)!;

    expect(bytes.subarray(0, 11).toString('latin1')).toBe('PGCOPY\n\xff\r\n\0');
    const row = bytes.subarray(19);
    expect(row.readInt16BE(0)).toBe(6);
    expect([row.readInt32BE(2), row.readInt16BE(6)]).toEqual([2, 7]);
    expect([row.readInt32BE(8), row.readInt32BE(12)]).toEqual([4, -2]);
    expect([row.readInt32BE(16), row.readBigInt64BE(20)]).toEqual([8, 2n ** 40n + 5n]);
    expect([row.readInt32BE(28), row[32]]).toEqual([1, 1]);
    // 'Ø' is two bytes in UTF-8.
    expect([row.readInt32BE(33), row.subarray(37, 40).toString('utf8')]).toEqual([3, 'Ø1']);
    // Microseconds since 2000-01-01.
    expect([row.readInt32BE(40), row.readBigInt64BE(44)]).toEqual([8, 1_000_000n]);
    const second = row.subarray(52);
    expect(second.readInt16BE(0)).toBe(6);
    expect([0, 1, 2, 3].map((i) => second.readInt32BE(2 + i * 4))).toEqual([-1, -1, -1, -1]);
    expect(second.readInt32BE(18)).toBe(70);
    expect(second.readInt32BE(22 + 70)).toBe(-1);
    expect(second.readInt16BE(26 + 70)).toBe(-1);
    expect(bytes.length).toBe(19 + 52 + 26 + 70 + 2);
  });

  it('holds rows back until there is a chunk worth sending', () => {
    const encoder = new BinaryCopyEncoder(['int4']);
    encoder.write([1]);
    expect(encoder.take(false)).toBeNull();
  });
});
