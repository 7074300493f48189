import { useLang } from '../../app/i18n'
import { MAX_PARTY } from './flow'
import { PersonForm } from './PersonForm'
import type { BookingDesk } from './useBookingDesk'

/** What this panel takes from the booking workspace: no more. */
type NewBookingPanelDesk = Pick<BookingDesk, 't' | 'state' | 'types' | 'commands' | 'setRef' | 'form'>

/** Left column of a new booking: the type (keys 1–6), the party size (+/−), then who is coming. */
export function NewBookingPanel({ desk }: { desk: NewBookingPanelDesk }) {
  const { t, state, types, commands, setRef } = desk
  const lang = useLang((s) => s.lang)
  if (state.mode !== 'new') {
    return (
      <div className="panel" data-testid="desk-idle">
        <h2 className="panel-title">{t('desk.new.title')}</h2>
        <p className="muted">{t('desk.new.idle')}</p>
        <button type="button" className="button button-primary" onClick={commands.newBooking}>
          {t('desk.new.start')} <kbd>Alt + N</kbd>
        </button>
      </div>
    )
  }
  return (
    <div className="panel" data-testid="desk-new">
      <h2 className="panel-title">{t('desk.new.title')}</h2>
      <fieldset className="type-list" data-region="types" data-testid="type-list">
        <legend className="field-label">{t('desk.new.type')}</legend>
        {types.map((type, i) => (
          <button
            key={type.code}
            type="button"
            aria-pressed={state.type === type.code}
            className="option-button type-option"
            // Focus lands on the chosen type, or the first: from there the digit keys choose.
            ref={(state.type ? state.type === type.code : i === 0) ? setRef('types') : undefined}
            onClick={() => commands.chooseType(i)}
          >
            <kbd>{i + 1}</kbd> {type.label[lang]}
          </button>
        ))}
      </fieldset>
      <div className="party" data-region="types">
        <span className="field-label" id="party-label">
          {t('desk.new.party')}
        </span>
        <button
          type="button"
          className="button"
          aria-label={t('desk.key.fewerPeople')}
          disabled={state.people <= 1}
          onClick={() => commands.changePeople(-1)}
        >
          −
        </button>
        <output aria-labelledby="party-label" className="party-size" data-testid="party-size">
          {t('desk.new.people', { count: state.people })}
        </output>
        <button
          type="button"
          className="button"
          aria-label={t('desk.key.morePeople')}
          disabled={state.people >= MAX_PARTY}
          onClick={() => commands.changePeople(1)}
        >
          +
        </button>
      </div>
      {state.people > 1 && <p className="muted">{t('desk.new.familyNote')}</p>}
      <PersonForm desk={desk} />
    </div>
  )
}
