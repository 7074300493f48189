import { type FaqGaps, type FaqUsage, faqRef } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { navigate } from '../../app/navigation'
import { useCan } from '../../app/session'
import { PageTitle } from '../../ui/PageTitle'
import { Tabs } from '../../ui/Tabs'
import { faqUsageApi } from './usage-api'
import './faq-usage.css'

type Tab = 'usage' | 'gaps'

/** 解決率: of the calls an entry was used in, those resolved in the call; none used: a dash. */
export function helpfulRate(used: number, solved: number): string {
  return used === 0 ? '—' : `${Math.round((solved / used) * 100)}%`
}

function UsageTable({ usage }: { usage: FaqUsage }) {
  const t = useT()
  if (usage.entries.every((e) => e.used === 0 && e.wrong === 0))
    return <p className="muted">{t('faq.usage.none')}</p>
  return (
    <table className="fu-table" data-testid="faq-usage-table">
      <thead>
        <tr>
          <th>{t('faq.usage.number')}</th>
          <th>{t('faq.usage.question')}</th>
          <th>{t('faq.usage.state')}</th>
          <th className="num">{t('faq.usage.used')}</th>
          <th className="num">{t('faq.usage.solved')}</th>
          <th className="num">{t('faq.usage.helpful')}</th>
          <th className="num">{t('faq.usage.wrong')}</th>
        </tr>
      </thead>
      <tbody>
        {usage.entries.map((e) => (
          <tr key={e.id} data-testid="faq-usage-row">
            <td className="faq-ref">{faqRef(e.number)}</td>
            <td>
              {e.question}
              {e.wrongQueries.length > 0 && (
                <span className="muted fu-words"> 「{e.wrongQueries.join('」「')}」</span>
              )}
            </td>
            <td>{t(`faq.state.${e.state}`)}</td>
            <td className="num">{e.used}</td>
            <td className="num">{e.solved}</td>
            <td className="num">{helpfulRate(e.used, e.solved)}</td>
            <td className="num">{e.wrong}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function GapsTable({ gaps }: { gaps: FaqGaps }) {
  const t = useT()
  if (gaps.groups.length === 0) return <p className="muted">{t('faq.usage.noGaps')}</p>
  return (
    <>
      <p className="muted">{t('faq.usage.gapsLead')}</p>
      <table className="fu-table" data-testid="faq-gaps-table">
        <thead>
          <tr>
            <th className="num">{t('faq.usage.gapCount')}</th>
            <th>{t('faq.usage.gapWords')}</th>
            <th>{t('faq.usage.gapKey')}</th>
            <th>{t('faq.usage.gapLast')}</th>
          </tr>
        </thead>
        <tbody>
          {gaps.groups.map((g) => (
            <tr key={g.key} data-testid="faq-gap-row">
              <td className="num">{g.count}</td>
              <td>{g.queries.map((q) => `「${q}」`).join(' ')}</td>
              <td className="muted">{g.key}</td>
              <td>{new Date(g.lastAt).toLocaleString()}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  )
}

/**
 * For supervisors, city staff and admins: how often each entry was used in calls and solved them, and
 * the words operators reported as not found, grouped so editors see what to write next. The period
 * defaults to the last 30 days (the server decides, so the figures and the dates shown agree).
 */
export function FaqUsageScreen() {
  const t = useT()
  const mayRead = useCan('faq.usage')
  const [tab, setTab] = useState<Tab>('usage')
  const [range, setRange] = useState<{ from?: string; to?: string }>({})
  const [asked, setAsked] = useState<{ from?: string; to?: string }>({})
  const [usage, setUsage] = useState<FaqUsage | null>(null)
  const [gaps, setGaps] = useState<FaqGaps | null>(null)
  const [problem, setProblem] = useState<string | null>(null)

  useEffect(() => {
    if (!mayRead) return
    let live = true
    setProblem(null)
    Promise.all([faqUsageApi.usage(asked), faqUsageApi.gaps(asked)])
      .then(([u, g]) => {
        if (!live) return
        setUsage(u)
        setGaps(g)
        setRange({ from: u.from, to: u.to })
      })
      .catch((e) => live && setProblem(errorText(t, e)))
    return () => {
      live = false
    }
  }, [asked, mayRead, t])

  if (!mayRead) return <p role="alert">{t('error.forbidden')}</p>
  return (
    <section className="screen screen-wide" data-testid="faq-usage-screen" aria-labelledby="faq-usage-title">
      <PageTitle id="faq-usage-title" title={t('faq.usage.title')} />
      <form
        className="fu-period"
        onSubmit={(e) => {
          e.preventDefault()
          setAsked({ ...range })
        }}
      >
        <label>
          {t('faq.usage.from')}{' '}
          <input
            className="field-input"
            type="date"
            value={range.from ?? ''}
            data-testid="faq-usage-from"
            onChange={(e) => setRange((r) => ({ ...r, from: e.target.value }))}
          />
        </label>
        <label>
          {t('faq.usage.to')}{' '}
          <input
            className="field-input"
            type="date"
            value={range.to ?? ''}
            data-testid="faq-usage-to"
            onChange={(e) => setRange((r) => ({ ...r, to: e.target.value }))}
          />
        </label>
        <button type="submit" className="button">
          {t('faq.usage.show')}
        </button>
        <a
          href="/desk/faq/digest"
          data-testid="faq-digest-link"
          onClick={(e) => {
            e.preventDefault()
            navigate('/desk/faq/digest')
          }}
        >
          {t('faq.usage.digestLink')}
        </a>
      </form>
      {problem && <p role="alert">{problem}</p>}
      <Tabs
        label={t('faq.usage.title')}
        idPrefix="faq-usage"
        tabs={[
          { id: 'usage', label: t('faq.usage.tab.usage'), testId: 'faq-usage-tab-usage' },
          { id: 'gaps', label: t('faq.usage.tab.gaps'), testId: 'faq-usage-tab-gaps' },
        ]}
        selected={tab}
        onSelect={setTab}
      >
        {usage && (
          <p className="muted" data-testid="faq-usage-period">
            {t('faq.usage.period', { from: usage.from, to: usage.to })}
          </p>
        )}
        {tab === 'usage' && usage && <UsageTable usage={usage} />}
        {tab === 'gaps' && gaps && <GapsTable gaps={gaps} />}
      </Tabs>
    </section>
  )
}
