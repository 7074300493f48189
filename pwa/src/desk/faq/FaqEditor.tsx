import { type FaqDetail, faqRef } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { useT } from '../../app/i18n'
import { FaqAnswer } from '../../ui/FaqAnswer'
import { faqApi } from './api'
import { contentOf, EMPTY_FORM, type FaqForm, formOf } from './draft'
import { FaqActions } from './FaqActions'
import { FaqFields } from './FaqFields'
import { FaqHistory } from './FaqHistory'

type Problem = { message: string; fields: Record<string, string[]> }

function problemOf(error: unknown): Problem {
  if (error instanceof ApiRequestError)
    return {
      message: error.message,
      fields: Object.fromEntries(
        Object.entries(error.fields ?? {}).map(([k, v]) => [k, v.map((p) => p.message)]),
      ),
    }
  return { message: String(error), fields: {} }
}

/** One entry (or a new one): its fields, saving and review, and its history. */
export function FaqEditor({
  detail,
  onSaved,
}: {
  detail: FaqDetail | null
  onSaved: (d: FaqDetail) => void
}) {
  const t = useT()
  const [form, setForm] = useState<FaqForm>(detail ? formOf(detail.content) : EMPTY_FORM)
  const [reason, setReason] = useState('')
  const [problem, setProblem] = useState<Problem | null>(null)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    setForm(detail ? formOf(detail.content) : EMPTY_FORM)
    setProblem(null)
  }, [detail])
  const set = (patch: Partial<FaqForm>) => {
    setSaved(false)
    setForm((f) => ({ ...f, ...patch }))
  }
  const run = (work: Promise<FaqDetail>) =>
    work
      .then((d) => {
        setProblem(null)
        setSaved(true)
        setReason('')
        onSaved(d)
      })
      .catch((e) => setProblem(problemOf(e)))
  const save = () =>
    run(
      detail
        ? faqApi.edit(detail.entry.id, {
            content: contentOf(form),
            expectedVersion: detail.entry.version,
          })
        : faqApi.create(contentOf(form)),
    )
  const step = (name: 'submit' | 'return' | 'publish' | 'retire') =>
    detail && run(faqApi.step(detail.entry.id, name, detail.entry.version, reason))
  const errors = (field: string) => problem?.fields[field] ?? []
  return (
    <section className="faq-editor" data-testid="faq-editor" aria-labelledby="faq-editor-title">
      <h2 id="faq-editor-title">
        {detail
          ? `${faqRef(detail.entry.number)} · ${t(`faq.state.${detail.entry.state}`)}`
          : t('faq.editor.new')}
        {detail && ` · ${t('faq.editor.version', { version: detail.entry.version })}`}
      </h2>
      {detail?.authorName && <p className="muted">{t('faq.editor.author', { name: detail.authorName })}</p>}
      {detail?.published && (
        <details>
          <summary>{t('faq.editor.publishedShown', { version: detail.entry.publishedVersion ?? 0 })}</summary>
          <FaqAnswer answer={detail.published.answer} />
        </details>
      )}
      <FaqFields form={form} set={set} errors={errors} />
      {problem && (
        <p className="form-alert" role="alert" data-testid="faq-problem">
          {problem.message}
        </p>
      )}
      {saved && (
        <p role="status" className="muted" data-testid="faq-saved">
          {t('faq.editor.saved')}
        </p>
      )}
      <FaqActions detail={detail} reason={reason} setReason={setReason} save={save} step={step} />
      {detail && <FaqHistory detail={detail} />}
    </section>
  )
}
