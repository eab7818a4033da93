/**
 * The references (ticket, call or booking ids) a file has shown so far, kept in a Bloom filter so
 * that memory does not grow with the rows: a 10-million-row call log would otherwise hold ten
 * million strings. The filter never misses a reference it was given; now and then it claims one
 * it was not, so a repeat it reports is only a suspect, settled in SQL after the COPY.
 */
export class SeenReferences {
  private readonly bits: Uint32Array;
  private readonly mask: number;

  /** About 20 bits per expected reference and 6 probes: roughly one false suspect in 5,000. */
  constructor(expectedReferences: number, maxBits: number) {
    let size = 1 << 16;
    while (size < expectedReferences * 20 && size < maxBits) size *= 2;
    this.bits = new Uint32Array(size / 32);
    this.mask = size - 1;
  }

  /** Adds the reference; true when it may have been added before. */
  add(reference: string): boolean {
    // Two independent 32-bit hashes (FNV-1a and a multiply-xorshift) combined per probe
    // (Kirsch & Mitzenmacher's double hashing).
    let h1 = 0x811c9dc5;
    let h2 = 0x9747b28c;
    for (let i = 0; i < reference.length; i += 1) {
      const c = reference.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 0x01000193);
      h2 = Math.imul(h2 ^ c, 0x5bd1e995);
      h2 ^= h2 >>> 15;
    }
    h2 |= 1;
    let seen = true;
    for (let probe = 0; probe < 6; probe += 1) {
      const bit = (h1 + Math.imul(probe, h2)) & this.mask;
      const word = bit >>> 5;
      const flag = 1 << (bit & 31);
      if ((this.bits[word]! & flag) === 0) {
        seen = false;
        this.bits[word]! |= flag;
      }
    }
    return seen;
  }
}
