import { openZip, writeZip, ZipError } from './zip-archive';

const entries = [
  { name: 'xl/workbook.xml', data: Buffer.from('<workbook/>'.repeat(50)) },
  { name: 'æøå.txt', data: Buffer.from('hej') },
];

describe(openZip.name, () => {
  it.each([false, true])('reads back what writeZip packed (deflate: %s)', (deflate) => {
    const sut = openZip(writeZip(entries, { deflate }), 1000);

    expect(sut.read('XL/Workbook.xml').toString()).toBe('<workbook/>'.repeat(50));
    expect(sut.read('æøå.txt').toString()).toBe('hej');
    expect(sut.has('xl/styles.xml')).toBe(false);
  });

  it('refuses an entry larger than the limit before unpacking it', () => {
    const sut = openZip(writeZip(entries, { deflate: true }), 100);
    expect(() => sut.read('xl/workbook.xml')).toThrow(
      new ZipError('xl/workbook.xml unpacks to 550 bytes, more than the 100 read'),
    );
  });

  it('refuses an encrypted entry', () => {
    const zip = writeZip(entries, { deflate: false });
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt16LE(zip.readUInt16LE(central + 8) | 0x1, central + 8);
    expect(() => openZip(zip, 1000).read('xl/workbook.xml')).toThrow(
      'xl/workbook.xml is encrypted',
    );
  });
});
