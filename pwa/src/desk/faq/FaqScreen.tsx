import { CATEGORIES, type FaqDetail, type FaqDiff, type FaqSummary, faqRef } from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { useLang, useT } from '../../app/i18n'
import { useCan, useSession } from '../../app/session'
import { FaqAnswer } from '../../ui/FaqAnswer'
import { PageTitle } from '../../ui/PageTitle'
import { useCallWorkspace } from '../call/store'
import { faqApi } from './api'
import { DiffView } from './DiffView'
import { contentOf, EMPTY_FORM, type FaqForm, formOf, groupsOf, textOfGroups } from './draft'
import { FaqPanel } from './FaqPanel'
import './faq.css'
import { stampText } from '../../ui/dates'

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
        <p key={e} className="field-error">
          {e}
        </p>
      ))}
    </div>
  )
}

function History({ detail }: { detail: FaqDetail }) {
  const t = useT()
  const id = detail.entry.id
  const newest = detail.entry.version
  const [from, setFrom] = useState(Math.max(1, newest - 1))
  const [to, setTo] = useState(newest)
  const [diff, setDiff] = useState<FaqDiff | null>(null)
  useEffect(() => {
    setFrom(Math.max(1, newest - 1))
    setTo(newest)
    setDiff(null)
  }, [newest])
  const versions = Array.from({ length: newest }, (_, i) => newest - i)
  const pick = (label: string, value: number, set: (v: number) => void, testId: string) => (
    <label>
      {label}{' '}
      <select value={value} data-testid={testId} onChange={(e) => set(Number(e.target.value))}>
        {versions.map((v) => (
          <option key={v} value={v}>
            {t('faq.editor.version', { version: v })}
          </option>
        ))}
      </select>
    </label>
  )
  return (
    <section aria-labelledby="faq-history-title">
      <h3 id="faq-history-title">{t('faq.editor.history')}</h3>
      <ol className="faq-events" data-testid="faq-events">
        {detail.events.map((e) => (
          <li key={`${e.at}-${e.kind}-${e.version}`}>
            {stampText(e.at)} · {t(`faq.event.${e.kind}`)} · {t('faq.editor.version', { version: e.version })}{' '}
            · {e.actorName ?? ''} {e.reason && `（${e.reason}）`}
          </li>
        ))}
      </ol>
      {newest > 1 && (
        <div className="faq-actions">
          {pick('from', from, setFrom, 'faq-diff-from')}
          {pick('to', to, setTo, 'faq-diff-to')}
          <button
            type="button"
            className="button"
            data-testid="faq-compare"
            onClick={() => void faqApi.diff(id, from, to).then(setDiff)}
          >
            {t('faq.editor.compare')}
          </button>
        </div>
      )}
      {diff && <DiffView fields={diff.fields} />}
    </section>
  )
}

function Editor({ detail, onSaved }: { detail: FaqDetail | null; onSaved: (d: FaqDetail) => void }) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const me = useSession((s) => s.session?.user.id)
  const mayPublish = useCan('faq.publish')
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
  const state = detail?.entry.state
  const own = detail?.authorId === me
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
      <TextBox
        id="question"
        label={t('faq.editor.question')}
        form={form}
        set={set}
        errors={errors('question')}
      />
      <TextBox
        id="answer"
        label={t('faq.editor.answer')}
        form={form}
        set={set}
        rows={8}
        errors={errors('answer')}
      />
      <div className="faq-actions">
        <label>
          {t('faq.editor.category')}{' '}
          <select
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
            value={form.audience}
            data-testid="faq-edit-audience"
            onChange={(e) => set({ audience: e.target.value as FaqForm['audience'] })}
          >
            <option value="staff">{t('faq.audience.staff')}</option>
            <option value="public">{t('faq.audience.public')}</option>
          </select>
        </label>
      </div>
      <TextBox
        id="keywords"
        label={t('faq.editor.keywords')}
        form={form}
        set={set}
        rows={3}
        errors={errors('keywords')}
      />
      <TextBox
        id="phrasings"
        label={t('faq.editor.phrasings')}
        form={form}
        set={set}
        rows={3}
        errors={errors('phrasings')}
      />
      <TextBox
        id="sources"
        label={t('faq.editor.sources')}
        form={form}
        set={set}
        rows={2}
        errors={errors('sources')}
      />
      <TextBox id="enQuestion" label={t('faq.editor.en')} form={form} set={set} />
      <TextBox id="enAnswer" label={t('faq.editor.enAnswer')} form={form} set={set} rows={3} />
      <TextBox id="editorNote" label={t('faq.editor.note')} form={form} set={set} rows={2} />
      {problem && (
        <p className="field-error" role="alert" data-testid="faq-problem">
          {problem.message}
        </p>
      )}
      {saved && (
        <p role="status" className="muted" data-testid="faq-saved">
          {t('faq.editor.saved')}
        </p>
      )}
      <div className="faq-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="faq-save"
          onClick={() => void save()}
        >
          {t('faq.editor.save')}
        </button>
        {detail && state === 'draft' && (
          <button
            type="button"
            className="button"
            data-testid="faq-submit"
            onClick={() => void step('submit')}
          >
            {t('faq.editor.submit')}
          </button>
        )}
        {detail && mayPublish && state === 'inReview' && (
          <>
            <button
              type="button"
              className="button button-primary"
              data-testid="faq-publish"
              disabled={own}
              onClick={() => void step('publish')}
            >
              {t('faq.editor.publish')}
            </button>
            <button
              type="button"
              className="button"
              data-testid="faq-return"
              onClick={() => void step('return')}
            >
              {t('faq.editor.return')}
            </button>
          </>
        )}
        {detail && mayPublish && state !== 'retired' && (
          <button
            type="button"
            className="button"
            data-testid="faq-retire"
            onClick={() => void step('retire')}
          >
            {t('faq.editor.retire')}
          </button>
        )}
        {detail && (
          <label>
            {t('faq.editor.reason')}{' '}
            <input
              className="field-input"
              value={reason}
              data-testid="faq-reason"
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
        )}
      </div>
      {own && state === 'inReview' && mayPublish && <p className="muted">{t('faq.editor.ownDraft')}</p>}
      {detail && <History detail={detail} />}
    </section>
  )
}

function Synonyms() {
  const t = useT()
  const [text, setText] = useState<string | null>(null)
  const [saved, setSaved] = useState(false)
  useEffect(() => {
    faqApi
      .synonyms()
      .then((s) => setText(textOfGroups(s.groups)))
      .catch(() => setText(''))
  }, [])
  if (text === null) return null
  return (
    <details className="faq-synonyms">
      <summary>{t('faq.editor.synonyms')}</summary>
      <textarea
        rows={10}
        value={text}
        data-testid="faq-synonyms"
        aria-label={t('faq.editor.synonyms')}
        onChange={(e) => {
          setSaved(false)
          setText(e.target.value)
        }}
      />
      <button
        type="button"
        className="button"
        onClick={() =>
          void faqApi.saveSynonyms(groupsOf(text)).then((s) => {
            setText(textOfGroups(s.groups))
            setSaved(true)
          })
        }
      >
        {t('faq.editor.save')}
      </button>
      {saved && <span role="status">{t('faq.editor.saved')}</span>}
    </details>
  )
}

/**
 * The FAQ screen: search (without a call; during one the panel above is already there), and for
 * supervisors and city staff the list of every entry and its editor: write, see the history and what
 * changed between any two versions, submit for review, publish (someone else's version), retire.
 */
export function FaqScreen() {
  const t = useT()
  const mayEdit = useCan('faq.edit')
  const hasCall = useCallWorkspace((s) => s.call !== null)
  const [entries, setEntries] = useState<FaqSummary[]>([])
  const [chosen, setChosen] = useState<FaqDetail | null>(null)
  const [writing, setWriting] = useState(false)
  const reload = useCallback(() => {
    if (mayEdit) void faqApi.list().then((l) => setEntries(l.entries))
  }, [mayEdit])
  useEffect(reload, [reload])
  const open = (id: string) =>
    void faqApi.detail(id).then((d) => {
      setWriting(false)
      setChosen(d)
    })
  return (
    <section className="screen" data-testid="faq-screen" aria-labelledby="faq-title">
      <PageTitle id="faq-title" title={t('faq.title')} />
      {!hasCall && <FaqPanel />}
      {mayEdit && (
        <div className="faq-editor-grid">
          <nav aria-label={t('faq.editor.list')}>
            <button
              type="button"
              className="button"
              data-testid="faq-new"
              onClick={() => {
                setChosen(null)
                setWriting(true)
              }}
            >
              {t('faq.editor.new')}
            </button>
            <ol className="faq-results" data-testid="faq-list">
              {entries.map((e) => (
                <li key={e.id} aria-current={chosen?.entry.id === e.id ? 'true' : undefined}>
                  <button
                    type="button"
                    className="faq-hit"
                    data-testid="faq-entry"
                    onClick={() => open(e.id)}
                  >
                    <span className="faq-ref">{faqRef(e.number)}</span> [{t(`faq.state.${e.state}`)}]{' '}
                    {e.question}
                  </button>
                </li>
              ))}
            </ol>
            <Synonyms />
          </nav>
          {(chosen || writing) && (
            <Editor
              detail={chosen}
              onSaved={(d) => {
                setWriting(false)
                setChosen(d)
                reload()
              }}
            />
          )}
        </div>
      )}
    </section>
  )
}
