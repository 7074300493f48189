import { CATEGORIES, DEFAULT_SYNONYMS, faqRef } from '@madoguchi/shared'
import type { OfflineHit } from '@madoguchi/shared/faq/offline-index'
import { OfflineFaqIndex } from '@madoguchi/shared/faq/offline-index'
import { useLiveQuery } from 'dexie-react-hooks'
import { useId, useMemo, useState } from 'react'
import { useLang, useT } from '../../app/i18n'
import { db } from '../../db/schema'
import { FaqAnswer } from '../../ui/FaqAnswer'

/**
 * The FAQ on the tablet, with no network: the published entries the last sync brought (db.faq), in a
 * small in-memory index built when this screen opens (shared offline-index.ts: n-grams, the server's
 * readings, the shared synonyms and ranking). Loaded lazily, so the outreach first load stays small.
 */
export function FaqOffline() {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const id = useId()
  const items = useLiveQuery(() => db.faq.orderBy('number').toArray(), [])
  const synonyms = useLiveQuery(async () => {
    const entry = await db.meta.get('faqSynonyms')
    return entry?.key === 'faqSynonyms' ? entry.value : null
  }, [])
  const index = useMemo(
    () => (items ? new OfflineFaqIndex(items, synonyms ?? DEFAULT_SYNONYMS) : null),
    [items, synonyms],
  )
  const [query, setQuery] = useState('')
  const [open, setOpen] = useState<string | null>(null)
  const hits: OfflineHit[] = useMemo(
    () => (index && query.trim() ? index.query(query, 8) : []),
    [index, query],
  )
  if (!items) return <p className="loading">{t('loading')}</p>
  if (items.length === 0)
    return (
      <p className="muted" data-testid="tablet-faq-empty">
        {t('faq.tablet.empty')}
      </p>
    )
  const category = (code: string) => CATEGORIES.find((c) => c.code === code)?.label[lang] ?? code
  return (
    <section className="faq-panel" data-testid="tablet-faq" aria-labelledby={`${id}-title`}>
      <label id={`${id}-title`} htmlFor={`${id}-q`} className="field-label">
        {t('faq.search.label')}{' '}
        <span className="muted">{t('faq.tablet.stored', { count: items.length })}</span>
      </label>
      <input
        id={`${id}-q`}
        className="field-input"
        type="search"
        autoComplete="off"
        value={query}
        placeholder={t('faq.search.placeholder')}
        data-testid="tablet-faq-search"
        onChange={(e) => setQuery(e.target.value)}
      />
      {query.trim() !== '' && hits.length === 0 && (
        <p className="muted" role="status">
          {t('faq.search.none')}
        </p>
      )}
      <ol className="faq-results">
        {hits.map(({ item }) => (
          <li key={item.id} data-testid="tablet-faq-hit">
            <button
              type="button"
              className="faq-hit"
              aria-expanded={open === item.id}
              onClick={() => setOpen(open === item.id ? null : item.id)}
            >
              <span className="faq-ref">{faqRef(item.number)}</span> {item.question}
            </button>
            {open === item.id && (
              <div className="faq-chosen">
                <p className="muted">{category(item.category)}</p>
                <FaqAnswer answer={item.answer} testId="tablet-faq-answer" />
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  )
}
