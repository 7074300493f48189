import { formatRef, type RecognisedQuery } from '@madoguchi/shared'
import type { Translate } from '../../app/i18n'
import { useLang } from '../../app/i18n'
import { dateTimeLabel, typeLabel } from './format'
import type { BookingDesk } from './useBookingDesk'

/** What this panel takes from the booking workspace: no more. */
type FindPanelDesk = Pick<
  BookingDesk,
  't' | 'types' | 'find' | 'state' | 'setRef' | 'notice' | 'search' | 'openBooking'
>

function recognisedText(t: Translate, recognised: RecognisedQuery | null): string {
  if (!recognised) return t('desk.find.hint')
  return t(`booking.search.${recognised.kind}`)
}

/** The top of the workspace: one box for reference, phone, kana or birth date, and what it found. */
export function FindPanel({ desk }: { desk: FindPanelDesk }) {
  const { t, find, state, setRef, notice } = desk
  const lang = useLang((s) => s.lang)
  const results = state.results
  const shown = find.query.trim() ? find.recognised : null
  return (
    <div className="desk-find">
      <form
        className="find-form"
        data-region="find"
        onSubmit={(event) => {
          event.preventDefault()
          void desk.search()
        }}
      >
        <label className="field-label" htmlFor="desk-find">
          {t('desk.find.label')}
        </label>
        <div className="find-row">
          <input
            id="desk-find"
            ref={setRef('find')}
            className="field-input find-input"
            name="q"
            autoComplete="off"
            spellCheck={false}
            value={find.query}
            placeholder={t('desk.find.placeholder')}
            aria-describedby="desk-find-recognised"
            data-testid="find-input"
            onChange={(event) => find.setQuery(event.target.value)}
          />
          <button type="submit" className="button" aria-busy={find.searching || undefined}>
            {t('desk.find.submit')}
          </button>
        </div>
        <p
          id="desk-find-recognised"
          className={`find-recognised${shown?.kind === 'invalid_ref' ? ' is-error' : ''}`}
          data-testid="find-recognised"
        >
          {recognisedText(t, shown)}
        </p>
      </form>
      <p className={`desk-notice tone-${notice?.tone ?? 'info'}`} role="status" data-testid="desk-notice">
        {notice?.text ?? ''}
      </p>
      {results && results.length > 0 && (
        <div
          className="listbox results"
          role="listbox"
          tabIndex={0}
          ref={setRef('results')}
          data-region="results"
          aria-label={t('desk.find.results', { count: results.length })}
          aria-activedescendant={`result-${state.resultCursor}`}
          data-testid="find-results"
        >
          {results.map((b, i) => (
            // biome-ignore lint/a11y/useKeyWithClickEvents: the listbox handles the keys (keys.ts)
            <div
              key={b.id}
              id={`result-${i}`}
              role="option"
              tabIndex={-1}
              aria-selected={i === state.resultCursor}
              className="option result"
              onClick={() => desk.openBooking(b.id)}
            >
              <span className="result-ref">{formatRef(b.ref)}</span>
              <span>{b.person.name}</span>
              <span className="muted">{b.person.kana}</span>
              <span>{dateTimeLabel(b.date, b.time, lang)}</span>
              <span>{typeLabel(desk.types, b.type, lang)}</span>
              <span className={`status status-${b.status}`}>{t(`booking.status.${b.status}`)}</span>
            </div>
          ))}
        </div>
      )}
    </div>
  )
}
