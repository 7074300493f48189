import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { type FaqStep, faqStateAfter, faqStepRefusal } from './lifecycle'
import { FAQ_STATES, type FaqState } from './model'

const ann = 'ann'
const ben = 'ben'

describe('faq lifecycle', () => {
  it('goes draft → inReview → published → retired with a second person publishing', () => {
    let state: FaqState = 'draft'
    for (const [step, actor] of [
      ['submit', ann],
      ['publish', ben],
      ['retire', ben],
    ] as const) {
      expect(faqStepRefusal(step, { state, authorId: ann, actorId: actor })).toBeNull()
      state = faqStateAfter(step)
    }
    expect(state).toBe('retired')
  })

  it('refuses publishing your own version, and publishing what is not in review', () => {
    expect(faqStepRefusal('publish', { state: 'inReview', authorId: ann, actorId: ann })).toBe(
      'faq_own_draft',
    )
    expect(faqStepRefusal('publish', { state: 'draft', authorId: ann, actorId: ben })).toBe('faq_wrong_state')
    expect(faqStepRefusal('submit', { state: 'published', authorId: ann, actorId: ann })).toBe(
      'faq_wrong_state',
    )
  })

  it('never lets anyone publish a version they wrote, whatever the order of steps', () => {
    const steps: FaqStep[] = ['edit', 'submit', 'return', 'publish', 'retire']
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...steps), fc.constantFrom(ann, ben)), { maxLength: 30 }),
        (run) => {
          let state: FaqState = 'draft'
          let author = ann
          for (const [step, actor] of run) {
            const refusal = faqStepRefusal(step, { state, authorId: author, actorId: actor })
            if (refusal) continue
            if (step === 'publish') expect(actor).not.toBe(author)
            if (step === 'edit') author = actor
            state = faqStateAfter(step)
            expect(FAQ_STATES).toContain(state)
          }
        },
      ),
    )
  })
})
