import { isLocalDate, type MessageKey } from '@madoguchi/shared'
import { flushSync } from 'react-dom'
import { fieldText } from '../../app/errors'
import { useLang } from '../../app/i18n'
import { Field } from '../../ui/Field'
import { birthDateLabel } from './format'
import { PERSON_FIELDS, type PersonDraft, type PersonField, tidyField } from './person'
import type { BookingDesk } from './useBookingDesk'

/** What this panel takes from the booking workspace: no more. */
type PersonFormDesk = Pick<BookingDesk, 't' | 'form' | 'commands' | 'setRef' | 'state'>

const LABEL: Record<PersonField, MessageKey> = {
  name: 'desk.person.name',
  kana: 'desk.person.kana',
  birthDate: 'desk.person.birthDate',
  phone: 'desk.person.phone',
}
const EXAMPLE: Record<PersonField, MessageKey> = {
  name: 'desk.person.nameExample',
  kana: 'desk.person.kanaExample',
  birthDate: 'desk.person.birthDateExample',
  phone: 'desk.person.phoneExample',
}

/**
 * Who is coming: one block per person of the party. Each field is tidied when the operator leaves
 * it (hiragana → katakana, S55.4.1 → 1980-04-01, full-width digits and hyphens out of the phone),
 * so what is booked is what the screen shows. Enter or Alt+B books.
 */
export function PersonForm({ desk }: { desk: PersonFormDesk }) {
  const { t, form, commands, setRef, state } = desk
  const lang = useLang((s) => s.lang)

  const firstPhone = form.people[0]?.phone ?? ''
  // A family member usually shares the first person's phone: offered, never forced.
  const offersPhone = (field: PersonField, index: number, person: PersonDraft) =>
    field === 'phone' &&
    index > 0 &&
    firstPhone !== '' &&
    (person.phone === '' || person.phone === firstPhone)

  const hintFor = (field: PersonField, person: PersonDraft, index: number): string => {
    if (field === 'birthDate' && isLocalDate(person.birthDate)) return birthDateLabel(person.birthDate, lang)
    if (offersPhone(field, index, person)) return t('desk.person.samePhone', { phone: firstPhone })
    return t(EXAMPLE[field])
  }

  return (
    <form
      className="form person-form"
      data-region="person"
      data-testid="person-form"
      onSubmit={(event) => {
        event.preventDefault()
        commands.book()
      }}
    >
      {form.general.length > 0 && (
        <p className="form-alert" role="alert">
          {form.general.map((p) => fieldText(t, p)).join(' ')}
        </p>
      )}
      {form.people.map((person, index) => (
        <fieldset className="person" key={index.toString()}>
          <legend className="person-legend">
            {state.people > 1 ? t('desk.person.nth', { n: index + 1 }) : t('desk.person.title')}
          </legend>
          <div className="person-grid">
            {PERSON_FIELDS.map((field) => (
              <Field
                key={field}
                id={`person-${index}-${field}`}
                name={`people.${index}.${field}`}
                label={t(LABEL[field])}
                value={person[field]}
                autoComplete="off"
                inputMode={field === 'phone' ? 'tel' : undefined}
                hint={hintFor(field, person, index)}
                testId={`person-${index}-${field}`}
                ref={index === 0 && field === 'name' ? setRef('person') : undefined}
                errors={(form.problems[index]?.[field] ?? []).map((p) => fieldText(t, p))}
                onChange={(value) => form.update(index, { ...person, [field]: value })}
                onBlur={() => form.update(index, { ...person, [field]: tidyField(field, person[field]) })}
                onFocus={(event) => {
                  if (!offersPhone(field, index, person) || person.phone !== '') return
                  // Filled in and selected: Tab keeps it, typing replaces it. Both before the next
                  // keystroke is handled: selected a frame later, a digit typed at once on a busy
                  // machine was appended to the offered number instead of replacing it.
                  const input = event.currentTarget
                  flushSync(() => form.update(index, { ...person, phone: firstPhone }))
                  input.select()
                }}
              />
            ))}
          </div>
          <label className="check">
            <input
              type="checkbox"
              checked={person.proxy}
              data-testid={`person-${index}-proxy`}
              onChange={(event) => form.update(index, { ...person, proxy: event.target.checked })}
            />
            {t('desk.person.proxy')}
          </label>
        </fieldset>
      ))}
      <button
        type="submit"
        className="button button-primary"
        aria-busy={form.booking || undefined}
        data-testid="book-button"
      >
        {form.booking ? t('desk.book.busy') : t('desk.book.submit')} <kbd>Alt + B</kbd>
      </button>
    </form>
  )
}
