import { attendanceDue, formatRef, minutesOfTime, type TimeOfDay } from '@madoguchi/shared'
import { useLang } from '../../app/i18n'
import { useNow } from '../../ui/useNow'
import { phoneLabel } from '../phone'
import { ConfirmBar } from './ConfirmBar'
import { birthDateLabel, dateTimeLabel, typeLabel } from './format'
import type { BookingDesk } from './useBookingDesk'

/** What this panel takes from the booking workspace: no more. */
type BookingPanelDesk = Pick<
  BookingDesk,
  | 't'
  | 'mayWrite'
  | 'open'
  | 'types'
  | 'commands'
  | 'setRef'
  | 'state'
  | 'dispatch'
  | 'confirming'
  | 'setConfirming'
  | 'focusSoon'
  | 'confirmCancel'
>

const MARKS = [
  { mark: 'attended', command: 'attended', label: 'desk.action.attended', key: 'Alt + A' },
  { mark: 'no_show', command: 'noShow', label: 'desk.action.noShow', key: 'Alt + X' },
] as const

/** An open booking: who, when, what; and the keys that change it (move, cancel, attended, no-show). */
export function BookingPanel({ desk }: { desk: BookingPanelDesk }) {
  const { t, open, types, commands, setRef, state } = desk
  const lang = useLang((s) => s.lang)
  // The buttons below come on by themselves when the day or the time arrives, with the booking open.
  const now = useNow(30_000)
  const detail = open.detail
  if (!detail) return <p className="muted panel">{t('loading')}</p>
  const b = detail.booking
  const live = b.status === 'booked'
  // Before the day (attended) or the time (no-show) the server refuses; say so on the button.
  const due = (mark: 'attended' | 'no_show') =>
    attendanceDue(mark, { date: b.date, startMin: minutesOfTime(b.time as TimeOfDay) }, now)
  const rows: [string, string][] = [
    [t('desk.detail.ref'), formatRef(b.ref)],
    [t('desk.detail.when'), dateTimeLabel(b.date, b.time, lang)],
    [t('desk.detail.type'), typeLabel(types, b.type, lang)],
    [t('desk.person.name'), b.person.name],
    [t('desk.person.kana'), b.person.kana],
    [t('desk.person.birthDate'), birthDateLabel(b.person.birthDate, lang)],
    [t('desk.person.phone'), phoneLabel(b.person.phone)],
    [t('desk.detail.proxy'), b.proxy ? t('desk.detail.yes') : t('desk.detail.no')],
    [t('desk.detail.channel'), t(`booking.channel.${b.channel}`)],
  ]
  return (
    <div className="panel" data-testid="booking-detail" data-region="detail">
      <h2 className="panel-title" tabIndex={-1} ref={setRef('detail')}>
        {t('desk.detail.title')}{' '}
        <span className={`status status-${b.status}`} data-testid="booking-status">
          {t(`booking.status.${b.status}`)}
        </span>
      </h2>
      <dl className="facts">
        {rows.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {state.moving ? (
        <div className="move-box" data-testid="move-box">
          <p>{t('desk.move.howto')}</p>
          <div className="actions">
            <button
              type="button"
              className="button button-primary"
              ref={setRef('confirm')}
              disabled={!state.hold}
              onClick={commands.book}
              data-testid="move-confirm"
            >
              {t('desk.move.confirm')} <kbd>Alt + B</kbd>
            </button>
            <button type="button" className="button" onClick={() => desk.dispatch({ type: 'endMove' })}>
              {t('desk.move.stop')}
            </button>
          </div>
        </div>
      ) : desk.confirming ? (
        <ConfirmBar desk={desk} />
      ) : (
        live &&
        desk.mayWrite && (
          <div className="actions">
            <button type="button" className="button" onClick={commands.move} data-testid="action-move">
              {t('desk.action.move')} <kbd>Alt + M</kbd>
            </button>
            <button type="button" className="button" onClick={commands.cancel} data-testid="action-cancel">
              {t('desk.action.cancel')} <kbd>Alt + C</kbd>
            </button>
            {MARKS.map(({ mark, command, label, key }) => (
              <button
                key={mark}
                type="button"
                className="button"
                onClick={commands[command]}
                disabled={!due(mark)}
                title={due(mark) ? undefined : t('error.attendance_not_due')}
              >
                {t(label)} <kbd>{key}</kbd>
              </button>
            ))}
          </div>
        )
      )}
    </div>
  )
}
