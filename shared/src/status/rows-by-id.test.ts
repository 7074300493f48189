import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { RowsById } from './rows-by-id'

describe('RowsById', () => {
  it('finds exactly the IDs taken, as a Map would, through growth and colliding hashes', () => {
    fc.assert(
      fc.property(
        // Short IDs over two characters collide in the low bits of the hash often.
        fc.array(fc.string({ unit: fc.constantFrom('0', '1'), maxLength: 14 }), { maxLength: 3000 }),
        fc.array(fc.string({ unit: fc.constantFrom('0', '1', '2'), maxLength: 14 }), { maxLength: 200 }),
        (ids, probes) => {
          const rows: { formId: string }[] = []
          const byId = new RowsById(rows)
          const model = new Map<string, { formId: string }>()
          for (const formId of ids) {
            const found = byId.get(formId)
            expect(found).toBe(model.get(formId))
            if (found) continue
            const row = { formId }
            rows.push(row)
            byId.add(rows.length - 1)
            model.set(formId, row)
          }
          for (const formId of probes) expect(byId.get(formId)).toBe(model.get(formId))
        },
      ),
      { numRuns: 60 },
    )
  })

  it('takes an ID added without asking for it first', () => {
    const rows = [{ formId: 'a' }, { formId: 'b' }]
    const byId = new RowsById(rows)
    byId.get('zzz')
    byId.add(0)
    byId.add(1)
    expect(byId.get('a')).toBe(rows[0])
    expect(byId.get('b')).toBe(rows[1])
    expect(byId.get('zzz')).toBeUndefined()
  })
})
