/**
 * A status file's rows by 申請書ID, to find a second line about the same application. It stands in
 * for a Map<string, row>: at 100,000 lines that Map cost a fifth of reading and checking the whole
 * file (bench:import, both read in turn in one process: 261–282 against 354–405 ms CPU at best),
 * every key a fresh slice of the file to hash and an entry to allocate. Here one pair of typed arrays
 * holds each row's index and its ID's FNV-1a hash, probed linearly; a hash match is confirmed by
 * comparing the whole ID, so a collision costs a probe, never a wrong answer.
 */
export class RowsById<Row extends { formId: string }> {
  /** 0: empty; otherwise the row's index in `rows` + 1. */
  private slots = new Int32Array(1 << 12)
  private hashes = new Uint32Array(1 << 12)
  private count = 0
  /** The hash get() last computed, which add() reuses for the same ID. */
  private lastHash = 0
  private lastId: string | null = null

  constructor(private readonly rows: readonly Row[]) {}

  /** The row already taken for this ID, if any. */
  get(formId: string): Row | undefined {
    const hash = hashOf(formId)
    this.lastHash = hash
    this.lastId = formId
    const mask = this.slots.length - 1
    for (let at = hash & mask; ; at = (at + 1) & mask) {
      const slot = this.slots[at] as number
      if (slot === 0) return undefined
      if (this.hashes[at] === hash) {
        const row = this.rows[slot - 1] as Row
        if (row.formId === formId) return row
      }
    }
  }

  /** Takes rows[index] under its ID, which get() has just been asked for and did not find. */
  add(index: number): void {
    const formId = (this.rows[index] as Row).formId
    const hash = formId === this.lastId ? this.lastHash : hashOf(formId)
    // Kept at most half full, so a miss ends after a probe or two.
    if ((this.count + 1) * 2 > this.slots.length) this.grow()
    this.place(index, hash)
    this.count++
  }

  private place(index: number, hash: number): void {
    const mask = this.slots.length - 1
    let at = hash & mask
    while (this.slots[at] !== 0) at = (at + 1) & mask
    this.slots[at] = index + 1
    this.hashes[at] = hash
  }

  private grow(): void {
    const { slots, hashes } = this
    this.slots = new Int32Array(slots.length * 2)
    this.hashes = new Uint32Array(slots.length * 2)
    for (let at = 0; at < slots.length; at++) {
      const slot = slots[at] as number
      if (slot !== 0) this.place(slot - 1, hashes[at] as number)
    }
  }
}

/** 32-bit FNV-1a over the UTF-16 code units. */
function hashOf(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193)
  return hash >>> 0
}
