import { useCallback, useEffect } from 'react'
import { useLang } from '../../app/i18n'
import { dateLabel, typeLabel } from './format'
import { HoldCountdown } from './HoldCountdown'
import type { BookingDesk } from './useBookingDesk'

/** What this panel takes from the booking workspace: no more. */
type SlotListDesk = Pick<BookingDesk, 't' | 'state' | 'types' | 'dispatch' | 'setRef' | 'slots' | 'holdAt'>

/**
 * The next free slots for the chosen type and party, as one list the arrow keys walk (PgDn/→ jump a
 * day). Enter holds the slot under the cursor; a click does the same. The held slot shows its
 * countdown.
 */
export function SlotList({ desk }: { desk: SlotListDesk }) {
  const { t, state, types, dispatch, setRef, slots } = desk
  const lang = useLang((s) => s.lang)
  const expire = useCallback(() => dispatch({ type: 'holdGone' }), [dispatch])

  useEffect(() => {
    document.getElementById(`slot-${state.cursor}`)?.scrollIntoView({ block: 'nearest' })
  }, [state.cursor])

  if (!state.type) {
    return (
      <div className="panel">
        <h2 className="panel-title">{t('desk.slots.title')}</h2>
        <p className="muted">{t('desk.slots.chooseType')}</p>
      </div>
    )
  }
  const title = t('desk.slots.for', { type: typeLabel(types, state.type, lang), count: state.people })
  return (
    <div className="panel">
      <h2 className="panel-title" id="slots-title">
        {title}
      </h2>
      <p className="hold-line" aria-live="polite">
        {state.hold ? (
          <HoldCountdown key={state.hold.id} expiresAt={state.hold.expiresAt} onExpire={expire} />
        ) : (
          <span className="muted">{t('desk.slots.howto')}</span>
        )}
      </p>
      {slots.loading && <p className="muted">{t('loading')}</p>}
      {!slots.loading && state.slots.length === 0 && <p className="muted">{t('desk.slots.none')}</p>}
      <div
        className="listbox slots"
        role="listbox"
        tabIndex={0}
        ref={setRef('slots')}
        data-region="slots"
        aria-labelledby="slots-title"
        aria-activedescendant={state.slots.length ? `slot-${state.cursor}` : undefined}
        data-testid="slot-list"
      >
        {state.slots.map((slot, i) => {
          const newDay = i === 0 || state.slots[i - 1]?.date !== slot.date
          const held = state.hold?.date === slot.date && state.hold.time === slot.time
          return (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys (keys.ts)
            <div
              key={`${slot.date} ${slot.time}`}
              id={`slot-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === state.cursor}
              className={`option slot${newDay ? ' new-day' : ''}`}
              data-date={slot.date}
              data-time={slot.time}
              onClick={() => desk.holdAt(i)}
            >
              <span className="slot-date">{newDay ? dateLabel(slot.date, lang) : ''}</span>
              <span className="slot-time">{slot.time}</span>
              <span className="slot-left">{t('desk.slots.left', { count: slot.remaining })}</span>
              {held && (
                <span className="slot-held" data-testid="slot-held">
                  {t('desk.slots.held')}
                </span>
              )}
            </div>
          )
        })}
      </div>
    </div>
  )
}
