import { useT } from '../app/i18n'
import { settleDeviceLoss, useDeviceLoss } from '../sync/marker'
import { useSaveState } from './autosave'
import { LOCK_MINUTE_CHOICES, lock, setLockMinutes, useLock } from './lock/lock-store'
import { formatBytes, LOW_FREE_BYTES, requestPersistence, useStorage } from './storage'

/**
 * The tablet's own status row under the app's status bar: whether what was typed is saved, storage
 * used and free (and whether the browser promised to keep it), the idle-lock time and a lock button.
 */
export function OutreachBar() {
  const t = useT()
  const { usage, quota, persisted, full } = useStorage()
  const { inFlight, waiting, failed } = useSaveState()
  const status = useLock((s) => s.status)
  const afterMinutes = useLock((s) => s.afterMinutes)
  const unlockedBy = useLock((s) => s.unlockedBy)
  const free = usage !== null && quota !== null ? quota - usage : null
  const saveState = failed || full ? 'failed' : inFlight + waiting > 0 ? 'saving' : 'saved'

  return (
    <section className="outreach-bar" aria-label={t('outreach.bar.label')}>
      <span className="save-state" data-testid="save-state" data-state={saveState} role="status">
        {t(`outreach.save.${saveState}`)}
      </span>
      <span
        data-testid="storage-estimate"
        data-low={free !== null && free < LOW_FREE_BYTES ? 'true' : undefined}
      >
        {usage !== null && free !== null
          ? t('outreach.bar.storage', { used: formatBytes(usage), free: formatBytes(free) })
          : t('outreach.bar.storageUnknown')}
      </span>
      {persisted && (
        <span className="muted" data-testid="storage-persisted">
          {t('outreach.bar.persisted')}
        </span>
      )}
      {status === 'open' && unlockedBy && (
        <span className="unlocked-by" data-testid="unlocked-by">
          {t('lock.unlockedBy', { name: unlockedBy.displayName })}
        </span>
      )}
      {status === 'open' && (
        <span className="outreach-bar-actions">
          <label className="inline-field">
            <span>{t('lock.idle')}</span>
            <select
              className="select"
              data-testid="lock-minutes"
              value={afterMinutes}
              onChange={(event) => void setLockMinutes(Number(event.target.value))}
            >
              {LOCK_MINUTE_CHOICES.map((minutes) => (
                <option key={minutes} value={minutes}>
                  {t('lock.minutes', { minutes })}
                </option>
              ))}
            </select>
          </label>
          <button type="button" className="button" data-testid="lock-now" onClick={lock}>
            {t('outreach.bar.lock')}
          </button>
        </span>
      )}
    </section>
  )
}

/** A full disk or little space left: said plainly, before anything can be lost. */
export function StorageAlerts() {
  const t = useT()
  const { usage, quota, full, persisted } = useStorage()
  const free = usage !== null && quota !== null ? quota - usage : null
  if (full) {
    return (
      <p className="banner banner-error" role="alert" data-testid="storage-full">
        {t('outreach.storage.full')}
      </p>
    )
  }
  const low = free !== null && free < LOW_FREE_BYTES
  if (persisted === false && !low) {
    // Refused by the browser: said once, with what it means and a way to ask again.
    return (
      <div className="banner banner-warn" role="status" data-testid="storage-not-persisted">
        <span>{t('outreach.storage.refused')}</span>
        <button
          type="button"
          className="button"
          data-testid="storage-ask-again"
          onClick={() => void requestPersistence()}
        >
          {t('outreach.storage.askAgain')}
        </button>
      </div>
    )
  }
  if (low) {
    return (
      <p className="banner banner-warn" role="status" data-testid="storage-low">
        {t('outreach.storage.low', { free: formatBytes(free) })}
      </p>
    )
  }
  return null
}

/**
 * Unsent work that vanished from the device (the browser deleted its database, see sync/marker.ts):
 * said in words, with what to do, until staff confirm they saw it. The office is told by the sync.
 */
export function DeviceLossAlert() {
  const t = useT()
  const lost = useDeviceLoss((s) => s.lost)
  if (!lost || lost.seen) return null
  const photos = lost.items.filter((i) => i.photo).length
  return (
    <div className="banner banner-error" role="alert" data-testid="device-loss">
      <span>
        {t('outreach.storage.lost', { records: lost.items.length - photos, photos })}{' '}
        {t(lost.reported ? 'outreach.storage.lostReported' : 'outreach.storage.lostNotYetReported')}
      </span>
      <button
        type="button"
        className="button"
        data-testid="device-loss-seen"
        onClick={() => settleDeviceLoss({ seen: true })}
      >
        {t('outreach.storage.lostSeen')}
      </button>
    </div>
  )
}
