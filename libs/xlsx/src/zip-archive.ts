import { crc32, deflateRawSync, inflateRawSync } from 'node:zlib';

/** A zip archive that cannot be read; the message says what is wrong with it. */
export class ZipError extends Error {}

export interface ZipArchive {
  has(name: string): boolean;
  /** The entry's bytes, inflated and checked against its CRC-32. */
  read(name: string): Buffer;
}

interface Entry {
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const STORED = 0;
const DEFLATED = 8;
/** The end record is 22 bytes, followed by a comment of at most 65,535 bytes. */
const END_RECORD_BYTES = 22;
const MAX_COMMENT_BYTES = 0xffff;

/** True when the bytes start like a zip archive (a local file header). */
export function looksLikeZip(bytes: Buffer): boolean {
  return bytes.length >= 4 && bytes.readUInt32LE(0) === LOCAL_HEADER;
}

/**
 * Opens a zip archive held in memory by its central directory. Entry names are matched without
 * regard to case, as Office package part names are. An entry larger than `maxEntryBytes` is refused
 * before it is inflated, so a crafted archive cannot exhaust memory.
 */
export function openZip(bytes: Buffer, maxEntryBytes: number): ZipArchive {
  const end = findEndOfCentralDirectory(bytes);
  if (end < 0) throw new ZipError('its zip directory is missing (the file is cut short?)');
  const count = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  const directoryOffset = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || directoryOffset === 0xffffffff)
    throw new ZipError('it is a ZIP64 archive, which is not read');
  if (directoryOffset + directorySize > end)
    throw new ZipError('its zip directory lies outside the file (the file is cut short?)');

  const entries = new Map<string, Entry>();
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== CENTRAL_HEADER)
      throw new ZipError('its zip directory is damaged');
    const nameLength = bytes.readUInt16LE(at + 28);
    const flags = bytes.readUInt16LE(at + 8);
    // Office writes ASCII part names; bit 11 marks UTF-8 names from other zip tools.
    const name = bytes.toString(flags & 0x800 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength);
    entries.set(name.toLowerCase(), {
      name,
      flags,
      method: bytes.readUInt16LE(at + 10),
      crc: bytes.readUInt32LE(at + 16),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      localHeaderOffset: bytes.readUInt32LE(at + 42),
    });
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }

  return {
    has: (name) => entries.has(name.toLowerCase()),
    read: (name) => {
      const entry = entries.get(name.toLowerCase());
      if (!entry) throw new ZipError(`it has no ${name}`);
      return readEntry(bytes, entry, maxEntryBytes);
    },
  };
}

function readEntry(bytes: Buffer, entry: Entry, maxEntryBytes: number): Buffer {
  if (entry.flags & 0x1) throw new ZipError(`${entry.name} is encrypted`);
  if (entry.size > maxEntryBytes)
    throw new ZipError(
      `${entry.name} unpacks to ${entry.size.toLocaleString('en')} bytes, more than the ${maxEntryBytes.toLocaleString('en')} read`,
    );
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.length || bytes.readUInt32LE(local) !== LOCAL_HEADER)
    throw new ZipError(`${entry.name} is damaged (no local header)`);
  // Sizes come from the central directory: a local header may leave them to a trailing descriptor.
  const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
  if (start + entry.compressedSize > bytes.length) throw new ZipError(`${entry.name} is cut short`);
  const packed = bytes.subarray(start, start + entry.compressedSize);
  let data: Buffer;
  if (entry.method === STORED) {
    data = packed;
  } else if (entry.method === DEFLATED) {
    try {
      data = inflateRawSync(packed, { maxOutputLength: Math.max(entry.size, 1) });
    } catch {
      throw new ZipError(`${entry.name} is damaged (it does not inflate)`);
    }
  } else {
    throw new ZipError(
      `${entry.name} is packed with zip method ${entry.method}, which is not read`,
    );
  }
  if (data.length !== entry.size || crc32(data) !== entry.crc)
    throw new ZipError(`${entry.name} is damaged (its checksum does not match)`);
  return data;
}

function findEndOfCentralDirectory(bytes: Buffer): number {
  const last = bytes.length - END_RECORD_BYTES;
  const first = Math.max(0, last - MAX_COMMENT_BYTES);
  for (let at = last; at >= first; at -= 1) {
    if (bytes.readUInt32LE(at) === END_OF_CENTRAL_DIRECTORY) return at;
  }
  return -1;
}

/**
 * Packs entries into a zip archive, deflated (as Office writes them) or stored as they are, with a
 * fixed timestamp (1980-01-01) so the same entries always give the same bytes.
 */
export function writeZip(
  entries: readonly { name: string; data: Buffer }[],
  options: { deflate: boolean },
): Buffer {
  const DOS_DATE_1980_01_01 = 0x0021;
  const method = options.deflate ? DEFLATED : STORED;
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name, 'utf8');
    const packed = options.deflate ? deflateRawSync(data) : data;
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(LOCAL_HEADER, 0);
    local.writeUInt16LE(20, 4); // version needed: 2.0 (deflate)
    local.writeUInt16LE(0x800, 6); // names are UTF-8
    local.writeUInt16LE(method, 8);
    local.writeUInt16LE(0, 10);
    local.writeUInt16LE(DOS_DATE_1980_01_01, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(CENTRAL_HEADER, 0);
    central.writeUInt16LE(20, 4); // made by: MS-DOS, zip 2.0
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt16LE(method, 10);
    central.writeUInt16LE(0, 12);
    central.writeUInt16LE(DOS_DATE_1980_01_01, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(packed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, packed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + packed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(END_RECORD_BYTES);
  end.writeUInt32LE(END_OF_CENTRAL_DIRECTORY, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
