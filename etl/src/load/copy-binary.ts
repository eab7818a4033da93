/**
 * Encodes rows for PostgreSQL's binary COPY format. The event-level facts are loaded this way:
 * the server then skips parsing every timestamp and number from text, which makes the COPY about
 * as fast as a raw COPY of the source file, and building bytes costs Node less than building text.
 */
export type BinaryColumnType = 'int2' | 'int4' | 'int8' | 'bool' | 'text' | 'timestamptz';

/** A value for a binary column; a timestamptz is given as UTC milliseconds since 1970. */
export type BinaryValue = string | number | boolean | null;

export interface BinaryColumn {
  name: string;
  type: BinaryColumnType;
}

const SIGNATURE = Buffer.from('PGCOPY\n\xff\r\n\0', 'latin1');
/** PostgreSQL counts timestamps in microseconds from 2000-01-01 UTC. */
const POSTGRES_EPOCH_MILLIS = Date.UTC(2000, 0, 1);
/** Large enough that per-message costs vanish, small enough not to pile up awaiting collection. */
const CHUNK_BYTES = 1 << 18;

export class BinaryCopyEncoder {
  private buffer = Buffer.allocUnsafe(CHUNK_BYTES);
  private offset = 0;

  constructor(private readonly types: readonly BinaryColumnType[]) {
    SIGNATURE.copy(this.buffer, 0);
    // Flags and header extension length, both zero.
    this.offset = putInt32(this.buffer, putInt32(this.buffer, SIGNATURE.length, 0), 0);
  }

  /** The COPY statement for these columns of `table`. */
  static copySql(table: string, columns: readonly BinaryColumn[]): string {
    return `COPY ${table} (${columns.map((c) => c.name).join(', ')}) FROM STDIN (FORMAT binary)`;
  }

  /** Appends one row; values in column order. Bytes are set by hand: Buffer's checked writers cost more. */
  write(values: readonly BinaryValue[]): void {
    const types = this.types;
    this.reserve(2 + types.length * 12);
    let buffer = this.buffer;
    let at = this.offset;
    buffer[at] = types.length >>> 8;
    buffer[at + 1] = types.length & 0xff;
    at += 2;
    for (let i = 0; i < types.length; i += 1) {
      const value = values[i];
      if (value === null || value === undefined) {
        at = putInt32(buffer, at, -1);
        continue;
      }
      switch (types[i]) {
        case 'int2':
          at = putInt32(buffer, at, 2);
          buffer[at] = ((value as number) >> 8) & 0xff;
          buffer[at + 1] = (value as number) & 0xff;
          at += 2;
          break;
        case 'int4':
          at = putInt32(buffer, putInt32(buffer, at, 4), value as number);
          break;
        case 'int8':
          at = putInt64(buffer, putInt32(buffer, at, 8), value as number);
          break;
        case 'bool':
          at = putInt32(buffer, at, 1);
          buffer[at++] = value ? 1 : 0;
          break;
        case 'timestamptz':
          at = putInt32(buffer, at, 8);
          at = putInt64(buffer, at, ((value as number) - POSTGRES_EPOCH_MILLIS) * 1000);
          break;
        case 'text': {
          const text = value as string;
          // A UTF-8 character takes at most 3 bytes per UTF-16 code unit.
          const room = 4 + text.length * 3 + (types.length - i) * 12;
          if (at + room > buffer.length) {
            this.offset = at;
            this.reserve(room);
            buffer = this.buffer;
          }
          const start = at + 4;
          let end = -1;
          // Short ASCII text (nearly every cell) is copied by hand; a native call costs more.
          if (text.length < 64) {
            end = start;
            for (let c = 0; c < text.length; c += 1) {
              const code = text.charCodeAt(c);
              if (code >= 0x80) {
                end = -1;
                break;
              }
              buffer[end++] = code;
            }
          }
          if (end < 0) end = start + buffer.write(text, start, 'utf8');
          putInt32(buffer, at, end - start);
          at = end;
          break;
        }
      }
    }
    this.offset = at;
  }

  /** The bytes written since the last call, once there are enough to send; `final` adds the trailer. */
  take(final = false): Buffer | null {
    if (final) {
      this.reserve(2);
      this.buffer[this.offset++] = 0xff;
      this.buffer[this.offset++] = 0xff;
    } else if (this.offset < CHUNK_BYTES / 2) {
      return null;
    }
    const chunk = this.buffer.subarray(0, this.offset);
    this.buffer = Buffer.allocUnsafe(CHUNK_BYTES);
    this.offset = 0;
    return chunk;
  }

  private reserve(bytes: number): void {
    if (this.offset + bytes <= this.buffer.length) return;
    const grown = Buffer.allocUnsafe(Math.max(this.buffer.length * 2, this.offset + bytes));
    this.buffer.copy(grown, 0, 0, this.offset);
    this.buffer = grown;
  }
}

function putInt32(buffer: Buffer, at: number, value: number): number {
  buffer[at] = (value >>> 24) & 0xff;
  buffer[at + 1] = (value >>> 16) & 0xff;
  buffer[at + 2] = (value >>> 8) & 0xff;
  buffer[at + 3] = value & 0xff;
  return at + 4;
}

/** Safe for every integer JavaScript represents exactly (microsecond timestamps included). */
function putInt64(buffer: Buffer, at: number, value: number): number {
  const high = Math.floor(value / 2 ** 32);
  return putInt32(buffer, putInt32(buffer, at, high), value - high * 2 ** 32);
}
