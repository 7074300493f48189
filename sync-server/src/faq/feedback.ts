import type { FaqFeedbackRequest } from '@madoguchi/shared'
import { audited } from '../audit/unit'
import type { Actor } from '../auth/session'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { findEntry } from './queries'
import { saveSynonyms, synonymGroups } from './synonyms'

/** 該当なし / 回答が違った: filed for the editors with the query text only. */
export function fileFeedback(deps: Deps, actor: Actor, request: FaqFeedbackRequest) {
  return audited(
    deps,
    actor,
    { action: 'faq.feedback', entity: 'faq', entityId: request.entryId ?? null },
    () => {
      if (request.entryId && !findEntry(deps.db, request.entryId)) throw new AppError('not_found')
      const id = stmt(
        deps.db,
        'INSERT INTO faq_feedback (at, kind, query, entry_id, actor_id) VALUES (?, ?, ?, ?, ?)',
      ).run(
        deps.now().toISOString(),
        request.kind,
        request.query,
        request.entryId ?? null,
        actor.user.id,
      ).lastInsertRowid
      return { id: Number(id) }
    },
  )
}

export function readSynonyms(deps: Deps) {
  return { groups: synonymGroups(deps.db).raw }
}

export function replaceSynonyms(deps: Deps, actor: Actor, groups: string[][]) {
  audited(
    deps,
    actor,
    { action: 'faq.synonyms', entity: 'faq_synonyms', detail: { groups: groups.length } },
    () => saveSynonyms(deps.db, groups, deps.now().toISOString(), actor.user.id),
  )
  return readSynonyms(deps)
}
