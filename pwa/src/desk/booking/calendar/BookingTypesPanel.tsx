import { useLang, useT } from '../../../app/i18n'
import { Input } from './Input'
import type { TypeForm } from './type-form'
import { type TypeEditorState, useTypeEditor } from './useTypeEditor'

type ListKey = 'itemsToBring' | 'itemsToBringForProxy'

/** Booking types: each one's length in slots and what to bring (ja/en), edited by supervisors. */
export function BookingTypesPanel({ canEdit }: { canEdit: boolean }) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const editor = useTypeEditor(t)
  const { types, code, form, message } = editor
  if (!types)
    return message ? <p className="form-alert">{message.text}</p> : <p className="loading">{t('loading')}</p>
  return (
    <div className="cal-types" data-testid="booking-types">
      <ul className="cal-typelist" aria-label={t('desk.calendar.tab.types')}>
        {types.map((type) => (
          <li key={type.code}>
            <button
              type="button"
              className="option-button option-button-soft cal-typebutton"
              aria-pressed={type.code === code}
              onClick={() => editor.choose(type.code)}
            >
              <span>{type.label[lang]}</span>
              <span className="muted">{t('desk.calendar.slotsCount', { count: type.slots })}</span>
            </button>
          </li>
        ))}
      </ul>
      {form && editor.current && (
        <form
          className="cal-typeform"
          onSubmit={(event) => {
            event.preventDefault()
            void editor.save()
          }}
        >
          <h2>{editor.current.label[lang]}</h2>
          {!canEdit && (
            <p className="notice" data-testid="types-read-only">
              {t('desk.calendar.readOnly')}
            </p>
          )}
          <fieldset disabled={!canEdit} className="cal-plain">
            <legend className="visually-hidden">{editor.current.label[lang]}</legend>
            <Input
              id="type-slots"
              type="number"
              size="short"
              label={t('desk.calendar.typeSlots')}
              value={form.slots}
              errors={editor.errorsAt('slots')}
              onChange={(v) =>
                editor.edit((f) => {
                  f.slots = v
                })
              }
            />
            <ItemRows editor={editor} list="itemsToBring" title={t('desk.calendar.items')} />
            <ItemRows editor={editor} list="itemsToBringForProxy" title={t('desk.calendar.itemsProxy')} />
          </fieldset>
          {message && (
            <p className={message.ok ? 'form-alert form-alert-ok' : 'form-alert'}>{message.text}</p>
          )}
          {canEdit && (
            <button type="submit" className="button button-primary">
              {t('desk.calendar.save')}
            </button>
          )}
        </form>
      )}
    </div>
  )
}

function ItemRows({ editor, list, title }: { editor: TypeEditorState; list: ListKey; title: string }) {
  const t = useT()
  const rows = (editor.form as TypeForm)[list]
  const set = (i: number, lang: 'ja' | 'en', v: string) =>
    editor.edit((f) => {
      const row = f[list][i]
      if (row) row[lang] = v
    })
  return (
    <fieldset className="cal-items">
      <legend className="cal-label">{title}</legend>
      <SectionError errors={editor.errorsAt(list)} />
      {rows.map((row, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place; their order is their identity
        <div key={i} className="cal-row">
          <Input
            id={`${list}.${i}.ja`}
            size="long"
            label={`${t('desk.calendar.itemJa')} ${i + 1}`}
            value={row.ja}
            errors={editor.errorsAt(`${list}.${i}.ja`)}
            onChange={(v) => set(i, 'ja', v)}
          />
          <Input
            id={`${list}.${i}.en`}
            size="long"
            label={`${t('desk.calendar.itemEn')} ${i + 1}`}
            value={row.en}
            errors={editor.errorsAt(`${list}.${i}.en`)}
            onChange={(v) => set(i, 'en', v)}
          />
          <button
            type="button"
            className="button cal-remove"
            onClick={() => editor.edit((f) => f[list].splice(i, 1))}
          >
            {t('desk.calendar.remove')}
          </button>
        </div>
      ))}
      <button
        type="button"
        className="button"
        onClick={() => editor.edit((f) => f[list].push({ ja: '', en: '' }))}
      >
        {t('desk.calendar.addItem')}
      </button>
    </fieldset>
  )
}

function SectionError({ errors }: { errors: string[] }) {
  return errors.length > 0 ? <p className="field-errors">{errors.join(' ')}</p> : null
}
