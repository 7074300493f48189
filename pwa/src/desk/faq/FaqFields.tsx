import { CATEGORIES, type MessageKey } from '@madoguchi/shared'
import { useLang, useT } from '../../app/i18n'
import type { FaqForm } from './draft'

type Box = { id: keyof FaqForm; label: MessageKey; rows?: number; showsErrors?: true }

/** The text boxes above the category and audience, and below them, in the order the form shows them. */
const ABOVE: Box[] = [
  { id: 'question', label: 'faq.editor.question', showsErrors: true },
  { id: 'answer', label: 'faq.editor.answer', rows: 8, showsErrors: true },
]
const BELOW: Box[] = [
  { id: 'keywords', label: 'faq.editor.keywords', rows: 3, showsErrors: true },
  { id: 'phrasings', label: 'faq.editor.phrasings', rows: 3, showsErrors: true },
  { id: 'sources', label: 'faq.editor.sources', rows: 2, showsErrors: true },
  { id: 'enQuestion', label: 'faq.editor.en' },
  { id: 'enAnswer', label: 'faq.editor.enAnswer', rows: 3 },
  { id: 'editorNote', label: 'faq.editor.note', rows: 2 },
]

type FieldsProps = {
  form: FaqForm
  set: (patch: Partial<FaqForm>) => void
  /** The server's messages for a field. */
  errors: (field: string) => string[]
}

/** Writing an entry: question, answer, category, audience, search words, sources, English, note. */
export function FaqFields({ form, set, errors }: FieldsProps) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const box = ({ id, label, rows, showsErrors }: Box) => (
    <TextBox
      key={id}
      id={id}
      label={t(label)}
      form={form}
      set={set}
      rows={rows}
      errors={showsErrors ? errors(id) : undefined}
    />
  )
  return (
    <>
      {ABOVE.map(box)}
      <div className="faq-actions">
        <label>
          {t('faq.editor.category')}{' '}
          <select
            className="select"
            value={form.category}
            data-testid="faq-edit-category"
            onChange={(e) => set({ category: e.target.value })}
          >
            {CATEGORIES.map((c) => (
              <option key={c.code} value={c.code}>
                {c.label[lang]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('faq.editor.audience')}{' '}
          <select
            className="select"
            value={form.audience}
            data-testid="faq-edit-audience"
            onChange={(e) => set({ audience: e.target.value as FaqForm['audience'] })}
          >
            <option value="staff">{t('faq.audience.staff')}</option>
            <option value="public">{t('faq.audience.public')}</option>
          </select>
        </label>
      </div>
      {BELOW.map(box)}
    </>
  )
}

function TextBox(props: {
  id: keyof FaqForm
  label: string
  form: FaqForm
  set: (patch: Partial<FaqForm>) => void
  rows?: number
  errors?: string[]
}) {
  const { id, label, form, set, rows, errors = [] } = props
  return (
    <div className="field">
      <label className="field-label" htmlFor={`faq-${id}`}>
        {label}
      </label>
      {rows ? (
        <textarea
          className="field-input"
          id={`faq-${id}`}
          rows={rows}
          value={form[id]}
          data-testid={`faq-edit-${id}`}
          aria-invalid={errors.length > 0 || undefined}
          onChange={(e) => set({ [id]: e.target.value })}
        />
      ) : (
        <input
          id={`faq-${id}`}
          className="field-input"
          value={form[id]}
          data-testid={`faq-edit-${id}`}
          aria-invalid={errors.length > 0 || undefined}
          onChange={(e) => set({ [id]: e.target.value })}
        />
      )}
      {errors.map((e) => (
        <p key={e} className="field-errors">
          {e}
        </p>
      ))}
    </div>
  )
}
