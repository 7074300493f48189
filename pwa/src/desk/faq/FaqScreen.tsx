import { type FaqDetail, type FaqSummary, faqRef } from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { useT } from '../../app/i18n'
import { useCan } from '../../app/session'
import { PageTitle } from '../../ui/PageTitle'
import { useCallWorkspace } from '../call/store'
import { faqApi } from './api'
import { FaqEditor } from './FaqEditor'
import { FaqPanel } from './FaqPanel'
import { FaqSynonyms } from './FaqSynonyms'
import './faq.css'

/**
 * The FAQ screen: search (without a call; during one the panel above is already there), and for
 * supervisors and city staff the list of every entry and its editor: write, see the history and what
 * changed between any two versions, submit for review, publish (someone else's version), retire.
 */
export function FaqScreen() {
  const t = useT()
  const mayEdit = useCan('faq.edit')
  const hasCall = useCallWorkspace((s) => s.call !== null)
  const [entries, setEntries] = useState<FaqSummary[]>([])
  const [chosen, setChosen] = useState<FaqDetail | null>(null)
  const [writing, setWriting] = useState(false)
  const reload = useCallback(() => {
    if (mayEdit) void faqApi.list().then((l) => setEntries(l.entries))
  }, [mayEdit])
  useEffect(reload, [reload])
  const open = (id: string) =>
    void faqApi.detail(id).then((d) => {
      setWriting(false)
      setChosen(d)
    })
  return (
    <section className="screen" data-testid="faq-screen" aria-labelledby="faq-title">
      <PageTitle id="faq-title" title={t('faq.title')} />
      {!hasCall && <FaqPanel />}
      {mayEdit && (
        <div className="faq-editor-grid">
          <nav aria-label={t('faq.editor.list')}>
            <button
              type="button"
              className="button"
              data-testid="faq-new"
              onClick={() => {
                setChosen(null)
                setWriting(true)
              }}
            >
              {t('faq.editor.new')}
            </button>
            <ol className="faq-results" data-testid="faq-list">
              {entries.map((e) => (
                <li key={e.id} aria-current={chosen?.entry.id === e.id ? 'true' : undefined}>
                  <button
                    type="button"
                    className="faq-hit"
                    data-testid="faq-entry"
                    onClick={() => open(e.id)}
                  >
                    <span className="faq-ref">{faqRef(e.number)}</span> [{t(`faq.state.${e.state}`)}]{' '}
                    {e.question}
                  </button>
                </li>
              ))}
            </ol>
            <FaqSynonyms />
          </nav>
          {(chosen || writing) && (
            <FaqEditor
              detail={chosen}
              onSaved={(d) => {
                setWriting(false)
                setChosen(d)
                reload()
              }}
            />
          )}
        </div>
      )}
    </section>
  )
}
