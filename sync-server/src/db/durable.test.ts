import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from './open'

let dir: string | undefined
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
  dir = undefined
})

describe('openDatabase', () => {
  it('makes every commit durable before it returns (synchronous = FULL), so nothing acknowledged is lost', () => {
    dir = mkdtempSync(join(tmpdir(), 'madoguchi-durable-'))
    const db = openDatabase(join(dir, 'durable.sqlite'))
    try {
      // 2 = FULL: the WAL is synced at each commit. NORMAL (1) syncs only at checkpoints, so a power
      // cut after an acknowledged sync push could roll it back while the tablet purges its copy.
      expect(db.pragma('synchronous', { simple: true })).toBe(2)
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    } finally {
      db.close()
    }
  })
})
