import { type FaqContentInput, type FaqDetail, newId } from '@madoguchi/shared'
import { expect } from 'vitest'
import type { UsedServer } from './use-server'

/**
 * What the FAQ usage and report tests share: an entry written by the supervisor and published by
 * the city user (the two-person rule), and an operator's call that used entries.
 */
export function faqKit(t: UsedServer) {
  const json = async <T>(res: Response | Promise<Response>): Promise<T> => (await (await res).json()) as T
  /** Submitted by the supervisor, published by the city user; the published entry. */
  const publish = async (id: string, version: number): Promise<FaqDetail> => {
    await t.fresh().request('POST', `/api/faq/entries/${id}/submit`, { expectedVersion: version })
    return json<FaqDetail>(
      t.fresh('city').request('POST', `/api/faq/entries/${id}/publish`, { expectedVersion: version }),
    )
  }
  return {
    json,
    publish,
    /** A new entry, published as version 1. */
    write: async (content: FaqContentInput): Promise<FaqDetail> => {
      const { entry } = await json<FaqDetail>(t.fresh().request('POST', '/api/faq/entries', content))
      return publish(entry.id, 1)
    },
    /** An operator's call that used these entries, ending as `outcome`. */
    callUsing: async (ids: string[], outcome: 'resolved' | 'dropped', talkSeconds: number) => {
      const id = newId()
      const op = t.fresh('operator')
      const at = t.server.deps.now().toISOString()
      expect((await op.request('POST', '/api/calls', { id, answeredAt: at })).status).toBe(201)
      const close = await op.request('POST', `/api/calls/${id}/close`, {
        categories: outcome === 'dropped' ? [] : ['card_system'],
        outcome,
        endedAt: at,
        talkSeconds,
        links: ids.map((target) => ({ kind: 'faq', id: target, action: 'used', at })),
      })
      expect(close.status).toBe(200)
    },
  }
}
