import {
  BOOKING_ACTIONS,
  CATEGORY_TIER_LABELS,
  formatMmSs,
  type MessageKey,
  type MonthlyReport,
  planTotals,
  tokyoDateTimeText,
} from '@madoguchi/shared'
import type { ReactNode } from 'react'
import { useLang, useT } from '../../app/i18n'

type Props = { report: MonthlyReport }

/** A table, or 該当なし when the month has nothing for it. */
function Table({ head, rows, testId }: { head: ReactNode[]; rows: ReactNode[][]; testId: string }) {
  const t = useT()
  if (rows.length === 0) return <p className="muted">{t('reports.none')}</p>
  return (
    <table className="rp-table" data-testid={testId}>
      <thead>
        <tr>
          {head.map((h, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
            <th key={i}>{h}</th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows of a fixed report
          <tr key={i}>
            {row.map((cell, j) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

export function Categories({ report: r }: Props) {
  const t = useT()
  const lang = useLang((s) => s.lang) === 'en' ? 'en' : 'ja'
  return (
    <>
      <Table
        testId="report-categories-table"
        head={[t('reports.category'), t('reports.tier'), t('reports.count')]}
        rows={[
          ...r.byCategory.map((c) => [c.label, CATEGORY_TIER_LABELS[c.tier][lang], c.calls]),
          [t('reports.uncategorised'), '', r.uncategorised],
        ]}
      />
      <p className="muted">
        {Object.entries(r.byTier)
          .map(([tier, n]) => `${CATEGORY_TIER_LABELS[tier as keyof typeof CATEGORY_TIER_LABELS][lang]} ${n}`)
          .join('・')}
      </p>
    </>
  )
}

export function Days({ report: r }: Props) {
  const t = useT()
  return (
    <Table
      testId="report-days-table"
      head={[t('reports.popup.date'), t('reports.incoming'), t('reports.answered'), t('reports.talk'), '']}
      rows={r.perDay.map((d) => [
        d.date,
        d.incoming,
        d.answered,
        formatMmSs(d.answered ? d.talkSecondsTotal / d.answered : null),
        d.closed ? t('reports.closedDay') : '',
      ])}
    />
  )
}

export function Hours({ report: r }: Props) {
  const t = useT()
  return (
    <Table
      testId="report-hours-table"
      head={[t('reports.popup.hours'), t('reports.incoming'), t('reports.answered')]}
      rows={r.perHour.filter((h) => h.incoming > 0).map((h) => [`${h.hour}:00–`, h.incoming, h.answered])}
    />
  )
}

export function Complaints({ report: r }: Props) {
  const t = useT()
  return (
    <Table
      testId="report-complaints-table"
      head={[
        t('reports.complaint.received'),
        t('reports.complaint.what'),
        t('reports.complaint.severity'),
        t('reports.complaint.status'),
      ]}
      rows={r.complaints.map((c) => [
        tokyoDateTimeText(c.receivedAt).slice(0, 16),
        c.what,
        t(`calls.severity.${c.severity}` as MessageKey),
        t(`calls.complaint.${c.status}` as MessageKey),
      ])}
    />
  )
}

export function Escalations({ report: r }: Props) {
  const t = useT()
  return (
    <Table
      testId="report-escalations-table"
      head={[
        t('reports.department'),
        t('reports.raised'),
        t('reports.answered'),
        t('reports.answerHours'),
        t('reports.overdue'),
        t('reports.open'),
      ]}
      rows={r.escalations.map((e) => [
        e.department,
        e.raised,
        e.answered,
        e.averageAnswerHours === null ? '—' : `${e.averageAnswerHours.toFixed(1)} h`,
        e.overdue,
        e.open,
      ])}
    />
  )
}

export function Bookings({ report: r }: Props) {
  const t = useT()
  return (
    <Table
      testId="report-bookings-table"
      head={[
        '',
        t('reports.channel.phone'),
        t('reports.channel.web'),
        t('reports.channel.counter'),
        t('reports.total'),
      ]}
      rows={BOOKING_ACTIONS.map((a) => {
        const row = r.bookings[a]
        return [t(`reports.bookings.${a}` as MessageKey), row.phone, row.web, row.counter, row.total]
      })}
    />
  )
}

const hhmm = (ms: number | null) => (ms === null ? '' : tokyoDateTimeText(ms).slice(11, 16))

export function PopUps({ report: r }: Props) {
  const t = useT()
  return (
    <Table
      testId="report-popups-table"
      head={[
        t('reports.popup.date'),
        t('reports.popup.hours'),
        t('reports.popup.site'),
        t('reports.popup.sessions'),
        t('reports.popup.visitors'),
        t('reports.popup.applications'),
        t('reports.popup.photos'),
        t('reports.popup.consultations'),
      ]}
      rows={r.popUps.map((p) => [
        p.date,
        p.firstAt === null ? '' : t('range.between', { from: hhmm(p.firstAt), to: hhmm(p.lastAt) }),
        p.siteName,
        p.sessions,
        p.visitors,
        p.applications,
        p.photos,
        p.consultations,
      ])}
    />
  )
}

/**
 * 予定と実施: each planned session held or not (未実施), and pop-ups held without a plan (予定外).
 * A version finalised before the schedule existed has no such rows and shows nothing here.
 */
export function PlannedVsHeld({ report: r }: Props) {
  const t = useT()
  const rows = r.plannedVsHeld
  if (!rows) return null
  const totals = planTotals(rows)
  return (
    <div data-testid="report-plans">
      <h3>{t('reports.plans.title')}</h3>
      {rows.length === 0 ? (
        <p className="muted">{t('reports.plans.none')}</p>
      ) : (
        <>
          <p data-testid="report-plans-totals">
            {t('reports.plans.totals', {
              planned: totals.held + totals.not_held,
              held: totals.held,
              notHeld: totals.not_held,
              unplanned: totals.unplanned,
            })}
          </p>
          <Table
            testId="report-plans-table"
            head={[
              t('reports.popup.date'),
              t('reports.plans.planned'),
              t('reports.popup.site'),
              t('reports.plans.outcome'),
              t('reports.popup.sessions'),
              t('reports.popup.visitors'),
              t('reports.popup.applications'),
            ]}
            rows={rows.map((p) => [
              p.date,
              p.plan ? t('range.between', { from: p.plan.startTime, to: p.plan.endTime }) : '',
              p.siteName,
              t(`reports.plans.${p.outcome}` as MessageKey),
              p.sessions,
              p.visitors,
              p.applications,
            ])}
          />
        </>
      )}
    </div>
  )
}

export function Proposals({ report: r }: Props) {
  const t = useT()
  return (
    <Table
      testId="report-proposals-table"
      head={[
        t('reports.proposal.proposedOn'),
        t('reports.proposal.title'),
        t('reports.proposal.content'),
        t('reports.proposal.status'),
        t('reports.proposal.effect'),
      ]}
      rows={r.proposals.map((p) => [
        p.proposedOn,
        p.title,
        p.content,
        t(`reports.proposalStatus.${p.status}` as MessageKey),
        p.effect,
      ])}
    />
  )
}
