import type { FaqState } from './model'

/**
 * The FAQ's states (下書き → 確認待ち → 公開 → 廃止) as a pure table, so the server enforces it and the
 * desk shows only the buttons that can work. Publishing needs a second person: the author of the
 * version under review may not publish it (a supervisor or city user other than the author).
 */
export type FaqStep = 'edit' | 'submit' | 'return' | 'publish' | 'retire'

export interface FaqStepContext {
  state: FaqState
  /** Who wrote the newest version. */
  authorId: string | null
  actorId: string
}

export type FaqStepRefusal = 'faq_wrong_state' | 'faq_own_draft'

const FROM: Record<FaqStep, readonly FaqState[]> = {
  // Editing anything makes a new draft version; a published entry stays visible in its published version.
  edit: ['draft', 'inReview', 'published', 'retired'],
  submit: ['draft'],
  return: ['inReview'],
  publish: ['inReview'],
  retire: ['draft', 'inReview', 'published'],
}

/** Why the step may not be taken now, or null when it may. */
export function faqStepRefusal(step: FaqStep, context: FaqStepContext): FaqStepRefusal | null {
  if (!FROM[step].includes(context.state)) return 'faq_wrong_state'
  if (step === 'publish' && context.authorId === context.actorId) return 'faq_own_draft'
  return null
}

/** The state a step leads to. */
export function faqStateAfter(step: FaqStep): FaqState {
  switch (step) {
    case 'edit':
    case 'return':
      return 'draft'
    case 'submit':
      return 'inReview'
    case 'publish':
      return 'published'
    case 'retire':
      return 'retired'
  }
}
