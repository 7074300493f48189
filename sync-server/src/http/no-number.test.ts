import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { startTestServer } from '../testing/harness'
import { DISGUISES, leavesOf, NEVER_STORED, stringLeaves, writeRoutes } from '../testing/schema-walk'

const BAD_TEXT = [
  { name: 'NUL', text: '山田\u0000花子' },
  { name: 'lone high surrogate', text: '山田\ud800花子' },
  { name: 'lone low surrogate', text: '山田\udc00花子' },
  { name: 'bidi override', text: '山田\u202e花子' },
  { name: 'bidi isolate', text: '山田\u2066花子' },
  { name: 'leading combining mark', text: '\u0301山田花子' },
  { name: 'combining mark after a space', text: '山田 \u0301花子' },
  { name: 'escape', text: '山田\u001b[31m花子' },
]

// Issue #11: every string field of every write schema refuses an individual number in every form a
// person could type or paste. The route table is walked, so a new route or field is checked as it lands.
describe('every string field of every write schema', async () => {
  const server = await startTestServer()
  const routes = writeRoutes(server.features)
  server.close()
  const leaves = routes.flatMap(leavesOf).filter((leaf) => !NEVER_STORED.has(leaf.where))

  it('refuses to pass over a field that accepts anything, and finds record keys and nested unions', () => {
    expect(() => stringLeaves(z.object({ blob: z.unknown() }), 'x body')).toThrow(/accepts anything/)
    const leaves = stringLeaves(
      z.object({ tags: z.record(z.string(), z.union([z.string(), z.number()])), list: z.array(z.string()) }),
      'x body',
    ).map((l) => l.where)
    expect(leaves).toEqual(['x body.tags{key}', 'x body.tags{}|0', 'x body.list[]'])
  })

  it('finds the write routes and their fields (the walk is not empty)', () => {
    expect(routes.length).toBeGreaterThan(15)
    expect(leaves.some((l) => l.where.includes('mutations[]') && l.where.endsWith('.memo'))).toBe(true)
  })

  it.each(leaves.map((leaf) => [leaf.where, leaf] as const))('%s refuses a disguised number', (_, leaf) => {
    const accepted = DISGUISES.filter((d) => leaf.schema.safeParse(d.text).success).map((d) => d.name)
    expect(accepted).toEqual([])
  })

  // #11.8: what displays otherwise than it is stored, or is not text at all, is refused everywhere.
  it.each(leaves.map((leaf) => [leaf.where, leaf] as const))(
    '%s refuses control and unpaired characters',
    (_, leaf) => {
      const accepted = BAD_TEXT.filter((b) => leaf.schema.safeParse(b.text).success).map((b) => b.name)
      expect(accepted).toEqual([])
    },
  )
})
