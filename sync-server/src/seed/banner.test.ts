import { describe, expect, it } from 'vitest'
import { startBanner } from './banner'
import { DEMO_STAFF } from './demo'

describe('start banner', () => {
  const base = { url: 'http://localhost:8787', dbPath: '/tmp/x.sqlite', seeded: true }
  it('prints the demo passwords to a terminal', () => {
    const text = startBanner({ ...base, tty: true })
    for (const s of DEMO_STAFF) expect(text).toContain(s.password)
  })
  it('never writes a password when the output is a file or a pipe (a log)', () => {
    const text = startBanner({ ...base, tty: false })
    expect(text).toContain('http://localhost:8787')
    for (const s of DEMO_STAFF) expect(text).not.toContain(s.password)
  })
})
