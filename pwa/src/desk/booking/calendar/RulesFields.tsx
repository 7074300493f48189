import { useT } from '../../../app/i18n'
import type { RulesForm } from './calendar-form'
import { Input } from './Input'
import type { CalendarEditorState } from './useCalendarEditor'

const RULES: readonly { key: keyof RulesForm; label: Parameters<ReturnType<typeof useT>>[0] }[] = [
  { key: 'opensDaysAhead', label: 'desk.calendar.opensDaysAhead' },
  { key: 'closesDaysBefore', label: 'desk.calendar.closesDaysBefore' },
  { key: 'holdMinutes', label: 'desk.calendar.holdMinutes' },
]

/** The booking window (opens N days ahead, closes M days before) and how long a hold lasts. */
export function RulesFields({ editor }: { editor: CalendarEditorState }) {
  const t = useT()
  const { form, edit, errorsAt } = editor
  if (!form) return null
  return (
    <section className="cal-section" aria-labelledby="cal-rules">
      <h2 id="cal-rules">{t('desk.calendar.rules')}</h2>
      <div className="cal-row">
        {RULES.map(({ key, label }) => (
          <Input
            key={key}
            id={`rules.${key}`}
            type="number"
            size="short"
            label={t(label)}
            value={form.rules[key]}
            errors={errorsAt(`rules.${key}`)}
            onChange={(v) =>
              edit((f) => {
                f.rules[key] = v
              })
            }
          />
        ))}
      </div>
      <p className="muted">
        {t('desk.calendar.rulesSummary', {
          ahead: form.rules.opensDaysAhead,
          before: form.rules.closesDaysBefore,
        })}
      </p>
    </section>
  )
}
