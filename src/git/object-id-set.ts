// A set of git object ids kept as raw bytes in one open-addressing table: about 30 bytes per id instead of
// the ~90 a Map of 40-character strings takes. A history scan remembers every blob id it has asked for, so
// on a long history this is most of what grows with its length.

const EMPTY = 0

export class ObjectIdSet {
  /** Hex digits per id: 40 (SHA-1) or 64 (SHA-256); fixed by the first id added. */
  private hexLength = 0
  private width = 0
  private ids = new Uint8Array(0)
  /** Entry index + 1 per slot; EMPTY is free. Never more than half full. */
  private slots = new Int32Array(1 << 10)
  private count = 0
  private readonly scratch = new Uint8Array(32)

  get size(): number {
    return this.count
  }

  /** Adds a hex object id; returns false when it was already there. */
  add(oid: string): boolean {
    if (this.hexLength === 0) this.start(oid.length)
    const key = this.parse(oid)
    if (key === null) throw new Error(`Not an object id: '${oid}'`)
    return this.insert(key)
  }

  has(oid: string): boolean {
    if (this.hexLength === 0 || oid.length !== this.hexLength) return false
    const key = this.parse(oid)
    return key !== null && this.slots[this.find(key)] !== EMPTY
  }

  /** Adds the hex id of `hexLength` ASCII bytes at `start` of `bytes`: no string per id on hot paths. */
  addBytes(bytes: Uint8Array, start: number, hexLength: number): boolean {
    if (this.hexLength === 0) this.start(hexLength)
    const key = hexLength === this.hexLength ? this.parseBytes(bytes, start) : null
    if (key === null) {
      throw new Error(`Not an object id: '${Buffer.from(bytes.subarray(start, start + hexLength)).toString('latin1')}'`)
    }
    return this.insert(key)
  }

  /** Whether the hex id of `hexLength` ASCII bytes at `start` of `bytes` is in the set. */
  hasBytes(bytes: Uint8Array, start: number, hexLength: number): boolean {
    if (this.hexLength === 0 || hexLength !== this.hexLength) return false
    const key = this.parseBytes(bytes, start)
    return key !== null && this.slots[this.find(key)] !== EMPTY
  }

  /** Adds the parsed id in the scratch buffer; false when it was already there. */
  private insert(key: Uint8Array): boolean {
    if ((this.count + 1) * 2 > this.slots.length) this.grow()
    const slot = this.find(key)
    if (this.slots[slot] !== EMPTY) return false
    if ((this.count + 1) * this.width > this.ids.length) {
      const bigger = new Uint8Array(Math.max(1024 * this.width, this.ids.length * 2))
      bigger.set(this.ids)
      this.ids = bigger
    }
    // A loop, not ids.set(key.subarray()): no view object per id.
    const base = this.count * this.width
    for (let i = 0; i < this.width; i++) this.ids[base + i] = key[i]!
    this.count++
    this.slots[slot] = this.count
    return true
  }

  private start(hexLength: number): void {
    if (hexLength !== 40 && hexLength !== 64) throw new Error(`Not an object id length: ${hexLength}`)
    this.hexLength = hexLength
    this.width = hexLength / 2
  }

  /** The id's bytes in the scratch buffer, or null for a string that is not hex of the right length. */
  private parse(oid: string): Uint8Array | null {
    if (oid.length !== this.hexLength) return null
    const out = this.scratch
    for (let i = 0; i < this.width; i++) {
      const high = hexValue(oid.charCodeAt(2 * i))
      const low = hexValue(oid.charCodeAt(2 * i + 1))
      if (high < 0 || low < 0) return null
      out[i] = (high << 4) | low
    }
    return out
  }

  private parseBytes(bytes: Uint8Array, start: number): Uint8Array | null {
    if (start + this.hexLength > bytes.length) return null
    const out = this.scratch
    for (let i = 0; i < this.width; i++) {
      const high = hexValue(bytes[start + 2 * i]!)
      const low = hexValue(bytes[start + 2 * i + 1]!)
      if (high < 0 || low < 0) return null
      out[i] = (high << 4) | low
    }
    return out
  }

  /** The slot holding `key`, or the free slot where it would go. Ids are uniform: their first bytes hash. */
  private find(key: Uint8Array): number {
    const mask = this.slots.length - 1
    let slot = ((key[0]! << 24) | (key[1]! << 16) | (key[2]! << 8) | key[3]!) & mask
    for (;;) {
      const entry = this.slots[slot]!
      if (entry === EMPTY || this.equals(entry - 1, key)) return slot
      slot = (slot + 1) & mask
    }
  }

  private equals(entry: number, key: Uint8Array): boolean {
    const base = entry * this.width
    for (let i = 0; i < this.width; i++) if (this.ids[base + i] !== key[i]) return false
    return true
  }

  private grow(): void {
    const old = this.count
    this.slots = new Int32Array(this.slots.length * 2)
    const mask = this.slots.length - 1
    for (let entry = 0; entry < old; entry++) {
      const base = entry * this.width
      const ids = this.ids
      let slot = ((ids[base]! << 24) | (ids[base + 1]! << 16) | (ids[base + 2]! << 8) | ids[base + 3]!) & mask
      while (this.slots[slot] !== EMPTY) slot = (slot + 1) & mask
      this.slots[slot] = entry + 1
    }
  }
}

/** Each byte's hex digit value, or -1. */
const HEX = new Int8Array(256).fill(-1)
for (let digit = 0; digit < 16; digit++) {
  HEX[digit.toString(16).charCodeAt(0)] = digit
  HEX[digit.toString(16).toUpperCase().charCodeAt(0)] = digit
}

function hexValue(code: number): number {
  return code < 256 ? HEX[code]! : -1
}
