import { type FaqContent, type FaqDiff, faqRef } from '@madoguchi/shared'
import { diffChars, diffWordsWithSpace } from 'diff'
import { stmt } from '../db/statements'
import type { Deps } from '../deps'
import { AppError } from '../errors'
import { contentOf, findEntry } from './queries'

/** Every version of an entry, newest first, with who wrote it. */
export function listVersions(deps: Deps, id: string) {
  if (!findEntry(deps.db, id)) throw new AppError('not_found')
  const rows = stmt(
    deps.db,
    `SELECT v.version, v.created_at AS at, s.display_name AS authorName, v.data
     FROM faq_versions v LEFT JOIN staff s ON s.id = v.author_id WHERE v.entry_id = ? ORDER BY v.version DESC`,
  ).all(id) as { version: number; at: string; authorName: string | null; data: string }[]
  return {
    versions: rows.map(({ data, ...r }) => ({ ...r, question: (JSON.parse(data) as FaqContent).question })),
  }
}

/** An entry's fields as lines of text, so any two versions compare field by field. */
function fieldsOf(c: FaqContent): Record<string, string> {
  const translations = Object.entries(c.translations).flatMap(([lang, t]) =>
    t ? [[`translations.${lang}`, `${t.question}\n${t.answer}`] as const] : [],
  )
  return {
    question: c.question,
    answer: c.answer,
    category: c.category,
    audience: c.audience,
    keywords: c.keywords.join('\n'),
    phrasings: c.phrasings.join('\n'),
    sources: c.sources.map((s) => `${s.title} ${s.url} (${s.checkedOn})`).join('\n'),
    editorNote: c.editorNote,
    ...Object.fromEntries(translations),
  }
}

/**
 * A readable diff between any two versions (jsdiff): Japanese has no spaces, so Japanese text is
 * compared by characters, other text by words. Only the fields that changed are listed.
 */
export function diffVersions(deps: Deps, id: string, from: number, to: number): FaqDiff {
  const row = findEntry(deps.db, id)
  if (!row) throw new AppError('not_found')
  if (from > row.version || to > row.version)
    throw new AppError('not_found', undefined, { ref: faqRef(row.number) })
  const a = fieldsOf(contentOf(deps.db, id, from))
  const b = fieldsOf(contentOf(deps.db, id, to))
  const fields: FaqDiff['fields'] = []
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const before = a[field] ?? ''
    const after = b[field] ?? ''
    if (before === after) continue
    const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/.test(before + after)
    const changes = japanese ? diffChars(before, after) : diffWordsWithSpace(before, after)
    fields.push({
      field,
      parts: changes.map((c) => ({
        kind: c.added ? 'added' : c.removed ? 'removed' : 'same',
        text: c.value,
      })),
    })
  }
  return { from, to, fields }
}
