import { DeviceList } from '@madoguchi/shared'
import { api } from '../../app/api'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { stampText } from '../../ui/dates'
import { useLoad } from '../outreach-review/useReview'

const time = stampText

/**
 * The tablets as the office sees them: who synced each last, what it still holds unsent and from
 * which sessions, and any unsent work its browser destroyed (first in the list). Ids and counts only.
 */
export function DeviceTable() {
  const t = useT()
  const devices = useLoad(() => api('/api/devices', { schema: DeviceList }), 'devices')
  if (devices.state === 'loading') return <p role="status">{t('loading')}</p>
  if (devices.state === 'error') return <p role="alert">{errorText(t, devices.error)}</p>
  if (devices.data.devices.length === 0) return <p>{t('devices.none')}</p>
  return (
    <div className="review-scroll">
      <table className="review-table" data-testid="device-table">
        <thead>
          <tr>
            <th scope="col">{t('devices.col.staff')}</th>
            <th scope="col">{t('devices.col.reported')}</th>
            <th scope="col">{t('devices.col.unsent')}</th>
            <th scope="col">{t('devices.col.lost')}</th>
          </tr>
        </thead>
        <tbody>
          {devices.data.devices.map((d) => (
            <tr key={d.deviceId} data-testid="device-row" data-lost={d.lost ? 'true' : undefined}>
              <td>{d.staffName ?? '—'}</td>
              <td>{time(d.reportedAt)}</td>
              <td>
                {t('devices.unsent', { records: d.unsent.records, photos: d.unsent.photos })}
                {d.sessions.length > 0 && ` ${t('devices.sessions', { count: d.sessions.length })}`}
              </td>
              <td className={d.lost ? 'review-missing' : undefined}>
                {d.lost
                  ? t(d.lost.wiped ? 'devices.lostWiped' : 'devices.lost', {
                      records: d.lost.records,
                      photos: d.lost.photos,
                      sessions: d.lost.sessions.length,
                      time: time(d.lost.noticedAt),
                    })
                  : '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
