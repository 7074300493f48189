import { useState } from 'react'
import { knownKey, type Translate, useT } from '../app/i18n'
import { navigate } from '../app/navigation'
import { PATHS } from '../app/router'
import { openIntake, openSession } from '../outreach/place'
import { stepToFix } from './rejected'
import { requestSync } from './request'
import { useSyncStatus } from './status'
import { confirmDespiteUnsent, wipeDevice } from './unsent'
import type { OutboxView } from './useOutbox'
import { useOutbox } from './useOutbox'

/**
 * 送信待ち, always in the status bar for staff who sync (sync invariant 6): a compact badge with the
 * counts that opens a panel with the photo progress in bytes, the last successful sync, problems in
 * plain words, what the server refused and why, and 今すぐ送信.
 */
export function OutboxPanel() {
  const t = useT()
  const outbox = useOutbox()
  const status = useSyncStatus()
  const [open, setOpen] = useState(false)
  const waiting = outbox.records + outbox.photos
  const state = outbox.rejected.length ? 'rejected' : waiting ? 'waiting' : 'clear'

  return (
    <div className="outbox" data-testid="outbox">
      <button
        type="button"
        className="outbox-badge"
        data-state={state}
        data-testid="outbox-badge"
        data-records={outbox.records}
        data-photos={outbox.photos}
        aria-expanded={open}
        aria-controls="outbox-panel"
        onClick={() => setOpen(!open)}
      >
        {status.running && <span className="outbox-spinner" aria-hidden="true" />}
        {waiting
          ? t('sync.badge.waiting', {
              records: t('sync.badge.records', { count: outbox.records }),
              photos: t('sync.badge.photos', { count: outbox.photos }),
            })
          : t('sync.badge.clear')}
        {outbox.rejected.length > 0 &&
          `${t('list.separator')}${t('sync.badge.rejected', { count: outbox.rejected.length })}`}
      </button>
      {open && (
        <section
          id="outbox-panel"
          className="outbox-panel"
          data-testid="outbox-panel"
          aria-label={t('sync.panel.title')}
        >
          <dl className="outbox-counts">
            <dt>{t('sync.panel.records')}</dt>
            <dd data-testid="outbox-records">{t('sync.panel.count', { count: outbox.records })}</dd>
            <dt>{t('sync.panel.photos')}</dt>
            <dd data-testid="outbox-photos">{t('sync.panel.photoCount', { count: outbox.photos })}</dd>
          </dl>
          <PhotoProgress t={t} sent={status.photoBytes.sent} total={status.photoBytes.total} />
          <p className="muted" data-testid="outbox-last-sync">
            {outbox.lastSyncAt
              ? t('sync.panel.lastSync', { time: formatTime(outbox.lastSyncAt) })
              : t('sync.panel.never')}
          </p>
          {status.problem && (
            <p className="outbox-problem" role="alert" data-testid="outbox-problem">
              {t(`sync.error.${status.problem}`)}
              {status.retryAt &&
                ` ${t('sync.retryAt', { time: formatTime(new Date(status.retryAt).toISOString()) })}`}
            </p>
          )}
          {outbox.restored && (
            <p className="outbox-problem" role="status" data-testid="outbox-restored">
              {t('sync.panel.restored', {
                time: formatTime(outbox.restored.noticedAt),
                records: outbox.restored.records,
                deletions: outbox.restored.deletions,
              })}
            </p>
          )}
          {outbox.rejected.length > 0 && (
            <Rejected t={t} entries={outbox.rejected} onOpen={() => setOpen(false)} />
          )}
          <div className="outbox-actions">
            <button
              type="button"
              className="button button-primary"
              data-testid="sync-now"
              aria-disabled={status.running}
              onClick={() => void requestSync()}
            >
              {status.running ? t('sync.sending') : t('sync.sendNow')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="wipe-device"
              onClick={async () => {
                if (await confirmDespiteUnsent(t, 'wipe')) await wipeDevice()
              }}
            >
              {t('sync.wipe')}
            </button>
          </div>
        </section>
      )}
    </div>
  )
}

function PhotoProgress({ t, sent, total }: { t: Translate; sent: number; total: number }) {
  if (total === 0) return null
  const label = t('sync.panel.photoBytes', { sent: formatBytes(sent), total: formatBytes(total) })
  return (
    <label className="outbox-progress">
      {label}
      <progress data-testid="outbox-progress" max={total} value={Math.min(sent, total)} />
    </label>
  )
}

function Rejected({
  t,
  entries,
  onOpen,
}: {
  t: Translate
  entries: OutboxView['rejected']
  onOpen: () => void
}) {
  return (
    <div className="outbox-rejected" data-testid="outbox-rejected">
      <h3>{t('sync.panel.rejectedTitle')}</h3>
      <ul>
        {entries.map((e) => {
          const reason = e.rejection?.code ? knownKey(`sync.reject.${e.rejection.code}`) : undefined
          return (
            <li key={e.mutationId} data-testid="outbox-rejected-item">
              {e.visitor?.visitorNo != null && (
                // Which visitor to correct, opened in one tap on the step where the record lives.
                <button
                  type="button"
                  className="button"
                  data-testid="outbox-rejected-open"
                  onClick={() => {
                    const visitor = e.visitor as NonNullable<typeof e.visitor>
                    openSession(visitor.sessionId)
                    openIntake(visitor.intakeId, stepToFix(e))
                    navigate(PATHS.outreach)
                    onOpen()
                  }}
                >
                  {t('sync.panel.openVisitor', { no: e.visitor.visitorNo })}
                </button>
              )}{' '}
              <strong>{t(`sync.entity.${e.entity}`)}</strong>:{' '}
              {reason ? t(reason) : (e.rejection?.message ?? '')}
            </li>
          )
        })}
      </ul>
    </div>
  )
}

function formatTime(iso: string): string {
  return new Date(iso).toLocaleTimeString('ja-JP', {
    timeZone: 'Asia/Tokyo',
    hour: '2-digit',
    minute: '2-digit',
  })
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`
}
