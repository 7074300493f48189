import {
  type ApiError,
  type FaqContentInput,
  type FaqDetail,
  type FaqDiff,
  type FaqSearchResult,
  makeIndividualNumber,
} from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { listAudit } from '../testing/audit'
import { useTestServer } from '../testing/use-server'

// The FAQ's editing, review and publishing flow in process on a real SQLite file, through HTTP.

const t = useTestServer('supervisor', { shared: true })

async function json<T>(res: Response | Promise<Response>): Promise<T> {
  return (await (await res).json()) as T
}

const draft: FaqContentInput = {
  question: '住民基本台帳カードは今も使えますか',
  answer: '有効期限まではそのまま使えます。\n\n- マイナンバーカードを受け取るときに返納します',
  category: 'card_system',
  keywords: ['住基カード'],
  phrasings: ['住基カードを持っている'],
  sources: [{ url: 'https://www.kojinbango-card.go.jp/', title: 'J-LIS', checkedOn: '2024-12-01' }],
}

describe('faq versions, review and publishing', () => {
  it('keeps every edit as a version and diffs any two', async () => {
    const created = await t.client.request('POST', '/api/faq/entries', draft)
    expect(created.status).toBe(201)
    const entry = ((await created.json()) as FaqDetail).entry
    expect(entry).toMatchObject({ state: 'draft', version: 1, publishedVersion: null })
    const edited = await json<FaqDetail>(
      t.client.request('PUT', `/api/faq/entries/${entry.id}`, {
        content: { ...draft, answer: draft.answer.replace('そのまま', '引き続き') },
        expectedVersion: 1,
      }),
    )
    expect(edited.entry.version).toBe(2)
    const stale = await t.client.request('PUT', `/api/faq/entries/${entry.id}`, {
      content: draft,
      expectedVersion: 1,
    })
    expect(stale.status).toBe(409)
    const diff = await json<FaqDiff>(t.client.request('GET', `/api/faq/entries/${entry.id}/diff?from=1&to=2`))
    expect(diff.fields.map((f) => f.field)).toEqual(['answer'])
    const parts = diff.fields[0]?.parts ?? []
    expect(
      parts
        .filter((p) => p.kind === 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe('そのまま')
    expect(
      parts
        .filter((p) => p.kind === 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe('引き続き')
    const versions = await json<{ versions: { version: number }[] }>(
      t.client.request('GET', `/api/faq/entries/${entry.id}/versions`),
    )
    expect(versions.versions.map((v) => v.version)).toEqual([2, 1])
  })

  it('publishes only by someone other than the author, then search finds it; retiring hides it', async () => {
    const { entry } = await json<FaqDetail>(t.client.request('POST', '/api/faq/entries', draft))
    const search = async () =>
      (
        await json<FaqSearchResult>(
          t.as('operator').request('GET', `/api/faq/search?q=${encodeURIComponent('じゅうきかーど')}`),
        )
      ).hits.map((h) => h.id)
    const early = await t.client.request('POST', `/api/faq/entries/${entry.id}/publish`, {
      expectedVersion: 1,
    })
    expect(early.status).toBe(409)
    expect(((await early.json()) as ApiError).error.code).toBe('faq_wrong_state')
    expect(
      (await t.client.request('POST', `/api/faq/entries/${entry.id}/submit`, { expectedVersion: 1 })).status,
    ).toBe(200)
    const own = await t.client.request('POST', `/api/faq/entries/${entry.id}/publish`, { expectedVersion: 1 })
    expect(own.status).toBe(409)
    const ownError = (await own.json()) as ApiError
    expect(ownError.error.code).toBe('faq_own_draft')
    expect(ownError.error.message).toContain('自分が書いた版')
    expect(await search()).not.toContain(entry.id)
    const published = await json<FaqDetail>(
      t.as('city').request('POST', `/api/faq/entries/${entry.id}/publish`, { expectedVersion: 1 }),
    )
    expect(published.entry).toMatchObject({ state: 'published', publishedVersion: 1 })
    expect(await search()).toContain(entry.id)

    // Editing a published entry keeps the published version visible until the new one is published.
    await t.as('city').request('PUT', `/api/faq/entries/${entry.id}`, {
      content: { ...draft, question: '住基カードの扱い' },
      expectedVersion: 1,
    })
    const read = await json<FaqDetail>(t.as('operator').request('GET', `/api/faq/entries/${entry.id}`))
    expect(read.entry).toMatchObject({ state: 'draft', version: 2, publishedVersion: 1 })
    expect(read.published?.question).toBe(draft.question)
    expect(await search()).toContain(entry.id)

    const retired = await t.client.request('POST', `/api/faq/entries/${entry.id}/retire`, {
      expectedVersion: 2,
      reason: '制度終了',
    })
    expect(((await retired.json()) as FaqDetail).entry).toMatchObject({
      state: 'retired',
      publishedVersion: null,
    })
    expect(await search()).not.toContain(entry.id)
    const events = read.events.map((e) => e.kind)
    expect(events).toEqual(['created', 'submitted', 'published', 'edited'])
    expect(listAudit(t.server.db).some((a) => a.action === 'faq.publish' && a.entity_id === entry.id)).toBe(
      true,
    )
  })

  it('refuses an answer with an individual number, with the field named', async () => {
    const res = await t.client.request('POST', '/api/faq/entries', {
      ...draft,
      answer: `番号 ${makeIndividualNumber('12345678901')} の方へ`,
    })
    expect(res.status).toBe(422)
    expect(((await res.json()) as ApiError).error.fields?.answer?.[0]?.code).toBe('individual_number')
  })

  it('lets operators search and report, but not edit or publish', async () => {
    const op = t.as('operator')
    expect((await op.request('POST', '/api/faq/entries', draft)).status).toBe(403)
    const fed = await op.request('POST', '/api/faq/feedback', {
      kind: 'not_found',
      query: 'マイナカードの色',
    })
    expect(fed.status).toBe(201)
    const number = await op.request('POST', '/api/faq/feedback', {
      kind: 'not_found',
      query: makeIndividualNumber('12345678901'),
    })
    expect(number.status).toBe(422)
  })

  it('accepts any search text without an error', async () => {
    for (const q of [
      '',
      '   ',
      '"',
      '"*^:()',
      'NEAR(a b)',
      'a OR b',
      "'; DROP TABLE faq_entries; --",
      '🙂🙂',
      'x'.repeat(5000),
      'あ',
      '暗',
    ])
      expect([
        q.slice(0, 9),
        (await t.as('operator').request('GET', `/api/faq/search?q=${encodeURIComponent(q)}`)).status,
      ]).toEqual([q.slice(0, 9), 200])
  })
})
