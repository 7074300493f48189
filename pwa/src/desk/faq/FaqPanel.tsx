import { CATEGORIES, type FaqHit, faqRef } from '@madoguchi/shared'
import { useEffect, useMemo, useRef, useState } from 'react'
import { useLang, useT } from '../../app/i18n'
import { useCan } from '../../app/session'
import { FaqAnswer } from '../../ui/FaqAnswer'
import { useKeyTable } from '../call/key-registry'
import { linkToCall, useCallWorkspace, useLinkedToCall } from '../call/store'
import { faqApi } from './api'
import { FAQ_KEY_TABLE, type FaqCommands } from './keys'
import { useFaqPanel } from './store'
import './faq.css'

export const FAQ_SEARCH_ID = 'faq-search'

/** Search on every keystroke; an answer to an older query is dropped (the store keeps the newest). */
function useSearchAsTyped(): { busy: boolean; failed: boolean } {
  const query = useFaqPanel((s) => s.query)
  const [busy, setBusy] = useState(false)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    const q = query.trim()
    if (!q) {
      useFaqPanel.getState().setHits(query, [])
      return
    }
    const abort = new AbortController()
    setBusy(true)
    faqApi
      .search(q, abort.signal)
      .then((r) => {
        useFaqPanel.getState().setHits(query, r.hits)
        setFailed(false)
      })
      .catch(() => {
        if (!abort.signal.aborted) setFailed(true)
      })
      .finally(() => {
        if (!abort.signal.aborted) setBusy(false)
      })
    return () => abort.abort()
  }, [query])
  return { busy, failed }
}

function UseButton({ hit }: { hit: FaqHit }) {
  const t = useT()
  const hasCall = useCallWorkspace((s) => s.call !== null)
  const used = useLinkedToCall('faq', hit.id)
  if (!hasCall) return <span className="muted">{t('faq.noCall')}</span>
  return (
    <button
      type="button"
      className="button"
      disabled={used}
      data-testid="faq-use"
      onClick={() => linkToCall('faq', hit.id, 'used', faqRef(hit.number))}
    >
      {t(used ? 'faq.used' : 'faq.use')} <kbd>Enter</kbd>
    </button>
  )
}

function Feedback({ hit, query }: { hit: FaqHit | undefined; query: string }) {
  const t = useT()
  const mayReport = useCan('faq.feedback')
  const [sent, setSent] = useState<string | null>(null)
  if (!mayReport || !query.trim()) return null
  const send = (kind: 'not_found' | 'wrong') =>
    faqApi
      .feedback({
        kind,
        query: query.trim().slice(0, 500),
        ...(hit && kind === 'wrong' ? { entryId: hit.id } : {}),
      })
      .then(() => setSent(query))
      .catch(() => setSent(null))
  return (
    <div className="faq-feedback">
      <button
        type="button"
        className="button"
        data-testid="faq-not-found"
        onClick={() => void send('not_found')}
      >
        {t('faq.notFound')}
      </button>
      {hit && (
        <button type="button" className="button" data-testid="faq-wrong" onClick={() => void send('wrong')}>
          {t('faq.wrong')}
        </button>
      )}
      {sent === query && (
        <span role="status" className="muted" data-testid="faq-reported">
          {t('faq.reported')}
        </span>
      )}
    </div>
  )
}

/**
 * The FAQ in the call workspace: search as the operator types (Alt+F from anywhere on the desk), pick a
 * result with ↑ ↓, read the answer aloud, and Enter links it to the open call ("used in this call"),
 * which the call log saves with the call. The call stays open throughout: this is a panel, not a screen.
 */
export function FaqPanel() {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const input = useRef<HTMLInputElement>(null)
  const query = useFaqPanel((s) => s.query)
  const hits = useFaqPanel((s) => s.hits)
  const answered = useFaqPanel((s) => s.answered)
  const selected = useFaqPanel((s) => s.selected)
  const { failed } = useSearchAsTyped()
  const hit = hits[selected]

  const commands: FaqCommands = useMemo(
    () => ({
      focus: () => {
        input.current?.focus()
        input.current?.select()
      },
      move: (by) => useFaqPanel.getState().move(by),
      use: () => {
        const { hits: now, selected: at } = useFaqPanel.getState()
        const chosen = now[at]
        if (chosen) linkToCall('faq', chosen.id, 'used', faqRef(chosen.number))
      },
      clear: () => useFaqPanel.getState().clear(),
    }),
    [],
  )
  useKeyTable('faq', FAQ_KEY_TABLE, commands)
  const categoryLabel = (code: string) => CATEGORIES.find((c) => c.code === code)?.label[lang] ?? code

  return (
    <section
      className="faq-panel"
      data-region="faq"
      data-testid="faq-panel"
      aria-labelledby="faq-panel-title"
    >
      <div className="faq-search">
        <label id="faq-panel-title" htmlFor={FAQ_SEARCH_ID} className="field-label">
          {t('faq.search.label')} <kbd>Alt + F</kbd>
        </label>
        <input
          ref={input}
          id={FAQ_SEARCH_ID}
          className="field-input"
          type="search"
          autoComplete="off"
          value={query}
          placeholder={t('faq.search.placeholder')}
          data-testid="faq-search"
          aria-controls="faq-results"
          onChange={(e) => useFaqPanel.getState().setQuery(e.target.value)}
        />
        {failed && (
          <span className="muted" role="status">
            {t('error.network')}
          </span>
        )}
      </div>
      {query.trim() !== '' && answered === query && hits.length === 0 && (
        <p className="muted" role="status" data-testid="faq-none">
          {t('faq.search.none')}
        </p>
      )}
      {hits.length > 0 && (
        <div className="faq-body">
          <ol
            id="faq-results"
            className="faq-results"
            aria-label={t('faq.search.count', { count: hits.length })}
          >
            {hits.map((h, i) => (
              <li key={h.id} aria-current={i === selected ? 'true' : undefined} data-testid="faq-hit">
                <button
                  type="button"
                  className="faq-hit"
                  onClick={() => useFaqPanel.setState({ selected: i })}
                  tabIndex={-1}
                >
                  <span className="faq-ref">{faqRef(h.number)}</span> {h.question}
                </button>
              </li>
            ))}
          </ol>
          {hit && (
            <article className="faq-chosen" data-testid="faq-chosen" aria-live="polite">
              <h3>
                <span className="faq-ref">{faqRef(hit.number)}</span> {hit.question}
              </h3>
              <p className="muted">
                {categoryLabel(hit.category)} · {t(`faq.audience.${hit.audience}`)}
              </p>
              <FaqAnswer answer={hit.answer} testId="faq-answer" />
              <div className="faq-actions">
                <UseButton hit={hit} />
              </div>
            </article>
          )}
        </div>
      )}
      <Feedback hit={hit} query={query} />
    </section>
  )
}
