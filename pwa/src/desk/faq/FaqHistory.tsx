import type { FaqDetail, FaqDiff } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { useT } from '../../app/i18n'
import { stampText } from '../../ui/dates'
import { faqApi } from './api'
import { DiffView } from './DiffView'

/** An entry's history: every event, and what changed between any two of its versions. */
export function FaqHistory({ detail }: { detail: FaqDetail }) {
  const t = useT()
  const id = detail.entry.id
  const newest = detail.entry.version
  const [from, setFrom] = useState(Math.max(1, newest - 1))
  const [to, setTo] = useState(newest)
  const [diff, setDiff] = useState<FaqDiff | null>(null)
  useEffect(() => {
    setFrom(Math.max(1, newest - 1))
    setTo(newest)
    setDiff(null)
  }, [newest])
  const versions = Array.from({ length: newest }, (_, i) => newest - i)
  const pick = (label: string, value: number, set: (v: number) => void, testId: string) => (
    <label>
      {label}{' '}
      <select
        className="select"
        value={value}
        data-testid={testId}
        onChange={(e) => set(Number(e.target.value))}
      >
        {versions.map((v) => (
          <option key={v} value={v}>
            {t('faq.editor.version', { version: v })}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <section aria-labelledby="faq-history-title">
      <h3 id="faq-history-title">{t('faq.editor.history')}</h3>
      <ol data-testid="faq-events">
        {detail.events.map((e) => (
          <li key={`${e.at}-${e.kind}-${e.version}`}>
            {stampText(e.at)} · {t(`faq.event.${e.kind}`)} · {t('faq.editor.version', { version: e.version })}{' '}
            · {e.actorName ?? ''} {e.reason && `（${e.reason}）`}
          </li>
        ))}
      </ol>
      {newest > 1 && (
        <div className="faq-actions">
          {pick('from', from, setFrom, 'faq-diff-from')}
          {pick('to', to, setTo, 'faq-diff-to')}
          <button
            type="button"
            className="button"
            data-testid="faq-compare"
            onClick={() => void faqApi.diff(id, from, to).then(setDiff)}
          >
            {t('faq.editor.compare')}
          </button>
        </div>
      )}
      {diff && <DiffView fields={diff.fields} />}
    </section>
  )
}
