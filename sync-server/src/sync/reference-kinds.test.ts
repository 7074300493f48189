import type { FaqDetail, ReferenceResponse } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { useTestServer } from '../testing/use-server'

// Reference data by kind (#10.6): each kind with its own version, only what changed since the
// device's version, and deletions. The FAQ is the first kind that changes often.

const t = useTestServer('outreach')

async function pull(query: string): Promise<ReferenceResponse> {
  const res = await t.client.request('GET', `/api/sync/reference?${query}`)
  expect(res.status).toBe(200)
  return (await res.json()) as ReferenceResponse
}

const entry = {
  question: '会場で写真を撮ってもらえますか',
  answer: 'はい、出張申請サポートの会場で係員が撮影します。',
  category: 'how_to_apply',
  phrasings: ['写真撮影できますか'],
}

async function publishOne(): Promise<string> {
  const sup = t.as('supervisor')
  const created = (await (await sup.request('POST', '/api/faq/entries', entry)).json()) as FaqDetail
  await sup.request('POST', `/api/faq/entries/${created.entry.id}/submit`, { expectedVersion: 1 })
  const res = await t
    .as('city')
    .request('POST', `/api/faq/entries/${created.entry.id}/publish`, { expectedVersion: 1 })
  expect(res.status).toBe(200)
  return created.entry.id
}

describe('reference data by kind', () => {
  it('sends each kind whole from 0, then only what changed since the version held, with deletions', async () => {
    const first = await pull('sites=0&templates=0&categories=0&faq=0&faqSynonyms=0')
    expect(first.sites?.items.length).toBeGreaterThan(0)
    expect(first.categories?.items.length).toBeGreaterThan(0)
    expect(first.templates?.items.length).toBeGreaterThan(0)
    expect(first.faq).toEqual({ version: 0, items: [], deleted: [] })
    expect(first.faqSynonyms?.items[0]?.groups.length).toBeGreaterThan(0)

    const id = await publishOne()
    const held = `sites=${first.sites?.version}&categories=${first.categories?.version}&faq=${first.faq?.version}&faqSynonyms=${first.faqSynonyms?.version}`
    const second = await pull(held)
    // Publishing an FAQ entry moves only the FAQ's version: the other kinds send nothing.
    expect(second.sites).toEqual({ version: first.sites?.version, items: [], deleted: [] })
    expect(second.categories?.items).toEqual([])
    expect(second.faqSynonyms?.items).toEqual([])
    expect(second.faq?.items.map((i) => i.id)).toEqual([id])
    // The analyser's reading travels with the entry, so the tablet needs no dictionary.
    expect(second.faq?.items[0]?.reading).toContain('しやしん')
    expect(second.faq?.version).toBeGreaterThan(first.faq?.version ?? 0)
    expect(second).not.toHaveProperty('templates')

    const unchanged = await pull(`faq=${second.faq?.version}`)
    expect(unchanged.faq).toEqual({ version: second.faq?.version, items: [], deleted: [] })

    await t
      .as('city')
      .request('POST', `/api/faq/entries/${id}/retire`, { expectedVersion: 1, reason: '重複' })
    const third = await pull(`faq=${second.faq?.version}`)
    expect(third.faq?.items).toEqual([])
    expect(third.faq?.deleted).toEqual([id])
  })

  it('sends the synonym list again when an editor changed it', async () => {
    const first = await pull('faqSynonyms=0')
    const groups = [['まいなかーど', 'マイナンバーカード']]
    expect((await t.as('supervisor').request('PUT', '/api/faq/synonyms', { groups })).status).toBe(200)
    const second = await pull(`faqSynonyms=${first.faqSynonyms?.version}`)
    expect(second.faqSynonyms?.items).toEqual([{ groups }])
  })

  it('refuses a version that is not a number, and staff who do not sync', async () => {
    expect((await t.client.request('GET', '/api/sync/reference?faq=abc')).status).toBe(422)
    expect((await t.as('operator').request('GET', '/api/sync/reference?faq=0')).status).toBe(403)
  })
})
