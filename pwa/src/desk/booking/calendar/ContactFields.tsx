import type { MessageKey } from '@madoguchi/shared'
import { useT } from '../../../app/i18n'
import type { CalendarForm } from './calendar-form'
import { Input } from './Input'
import type { CalendarEditorState } from './useCalendarEditor'

const FIELDS: readonly { key: keyof CalendarForm['contact']; label: MessageKey }[] = [
  { key: 'place', label: 'desk.calendar.contactPlace' },
  { key: 'address', label: 'desk.calendar.contactAddress' },
  { key: 'phone', label: 'desk.calendar.contactPhone' },
]

/** The counter's place, address and phone number, as each printed booking confirmation shows them. */
export function ContactFields({ editor }: { editor: CalendarEditorState }) {
  const t = useT()
  const { form, edit, errorsAt } = editor
  if (!form) return null
  return (
    <section className="cal-section" aria-labelledby="cal-contact">
      <h2 id="cal-contact">{t('desk.calendar.contact')}</h2>
      <p className="muted">{t('desk.calendar.contactLead')}</p>
      <div className="cal-contact">
        {FIELDS.map(({ key, label }) => (
          <Input
            key={key}
            id={`contact.${key}`}
            label={t(label)}
            size="long"
            value={form.contact[key]}
            errors={errorsAt(`contact.${key}`)}
            testId={`contact-${key}`}
            onChange={(v) =>
              edit((f) => {
                f.contact[key] = v
              })
            }
          />
        ))}
      </div>
    </section>
  )
}
