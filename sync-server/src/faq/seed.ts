import { DEMO_FAQ, FaqContent } from '@madoguchi/shared'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { createEntry, stepEntry } from './service'

function staffActor(deps: Deps, loginId: string): Actor | null {
  const row = stmt(deps.db, 'SELECT id, role FROM staff WHERE login_id = ?').get(loginId) as
    | { id: string; role: string }
    | undefined
  return row ? ({ user: row } as unknown as Actor) : null
}

/**
 * The demo FAQ on an empty FAQ: written by the demo supervisor, published by the demo city user, as
 * the two-person rule asks. An entry with a fact to confirm stays a draft with its editor's note.
 */
export async function seedDemoFaq(deps: Deps): Promise<number> {
  if ((stmt(deps.db, 'SELECT count(*) FROM faq_entries').pluck().get() as number) > 0) return 0
  const author = staffActor(deps, 'supervisor')
  const publisher = staffActor(deps, 'city')
  if (!author || !publisher) return 0
  for (const { key: _key, draft, ...demo } of DEMO_FAQ) {
    const entry = createEntry(deps, author, FaqContent.parse(demo))
    if (draft) continue
    await stepEntry(deps, author, entry.entry.id, 'submit', { expectedVersion: 1, reason: '' })
    await stepEntry(deps, publisher, entry.entry.id, 'publish', { expectedVersion: 1, reason: '' })
  }
  return DEMO_FAQ.length
}
