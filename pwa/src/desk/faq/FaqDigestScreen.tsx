import {
  addDays,
  FAQ_CHANGES,
  type FaqChange,
  type FaqDigest,
  type FaqDigestItem,
  faqRef,
  type MessageKey,
  tokyoDate,
} from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { navigate } from '../../app/navigation'
import { useCan } from '../../app/session'
import { FaqAnswer } from '../../ui/FaqAnswer'
import { PageTitle } from '../../ui/PageTitle'
import { DiffView } from './DiffView'
import { faqUsageApi } from './usage-api'
import './faq-usage.css'

const FIELD_LABELS: Record<string, MessageKey> = {
  question: 'faq.digest.field.question',
  answer: 'faq.digest.field.answer',
  category: 'faq.digest.field.category',
  audience: 'faq.digest.field.audience',
  keywords: 'faq.digest.field.keywords',
  phrasings: 'faq.digest.field.phrasings',
  sources: 'faq.digest.field.sources',
}

function Item({ item }: { item: FaqDigestItem }) {
  const t = useT()
  const label = (field: string) => {
    const key = FIELD_LABELS[field]
    return key ? t(key) : field
  }
  return (
    <article className="fd-item" data-testid="faq-digest-item" data-change={item.change}>
      <h3>
        <span className={`fd-change fd-${item.change}`}>{t(`faq.digest.change.${item.change}`)}</span>{' '}
        <span className="faq-ref">{faqRef(item.number)}</span> {item.question}
      </h3>
      <p className="muted">
        {t('faq.digest.by', { date: new Date(item.at).toLocaleDateString(), name: item.byName ?? '' })} ·{' '}
        {t('faq.editor.version', { version: item.version })}
      </p>
      {item.change === 'new' && <FaqAnswer answer={item.answer} />}
      {item.change === 'revised' && <DiffView fields={item.fields} label={label} />}
      {item.change === 'retired' && item.reason && <p>{item.reason}</p>}
    </article>
  )
}

/**
 * 研修用の変更一覧: every entry published, revised or retired since a date, grouped by kind, each new
 * answer in full and each revision as a diff against the version operators learnt before. Printed on
 * A4 for the follow-up training the tender asks for.
 */
export function FaqDigestScreen() {
  const t = useT()
  const mayRead = useCan('faq.usage')
  const [since, setSince] = useState(() => addDays(tokyoDate(Date.now()), -30) as string)
  const [asked, setAsked] = useState(since)
  const [digest, setDigest] = useState<FaqDigest | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (!mayRead) return
    let live = true
    setProblem(null)
    faqUsageApi
      .digest(asked)
      .then((d) => live && setDigest(d))
      .catch((e) => live && setProblem(errorText(t, e)))
    return () => {
      live = false
    }
  }, [asked, mayRead, t])

  if (!mayRead) return <p role="alert">{t('error.forbidden')}</p>
  const byChange = (change: FaqChange) => digest?.items.filter((i) => i.change === change) ?? []
  return (
    <section className="screen fd-screen" data-testid="faq-digest-screen" aria-labelledby="faq-digest-title">
      <PageTitle id="faq-digest-title" title={t('faq.digest.title')} />
      <form
        className="fu-period no-print"
        onSubmit={(e) => {
          e.preventDefault()
          setAsked(since)
        }}
      >
        <label>
          {t('faq.digest.since')}{' '}
          <input
            className="field-input"
            type="date"
            required
            value={since}
            data-testid="faq-digest-since"
            onChange={(e) => setSince(e.target.value)}
          />
        </label>
        <button type="submit" className="button">
          {t('faq.usage.show')}
        </button>
        <button type="button" className="button button-primary" onClick={() => window.print()}>
          {t('faq.digest.print')}
        </button>
        <a
          href="/desk/faq/usage"
          onClick={(e) => {
            e.preventDefault()
            navigate('/desk/faq/usage')
          }}
        >
          {t('faq.digest.back')}
        </a>
      </form>
      {problem && <p role="alert">{problem}</p>}
      {digest && (
        <p data-testid="faq-digest-period">
          {t('faq.digest.period', { since: digest.since, to: digest.to, count: digest.items.length })}
        </p>
      )}
      {digest && digest.items.length === 0 && <p className="muted">{t('faq.digest.none')}</p>}
      {FAQ_CHANGES.map((change) =>
        byChange(change).length ? (
          <section key={change} className="fd-group" aria-label={t(`faq.digest.change.${change}`)}>
            <h2>
              {t(`faq.digest.change.${change}`)}（{byChange(change).length}）
            </h2>
            {byChange(change).map((item) => (
              <Item key={`${item.id}-${item.version}-${item.at}`} item={item} />
            ))}
          </section>
        ) : null,
      )}
    </section>
  )
}
