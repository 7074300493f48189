import { CDR_FIELDS, type CdrField, type CdrUpload, type MessageKey } from '@madoguchi/shared'
import { useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { type CdrPreview, type CdrProblemView, reportsApi } from './api'
import { fileBase64 } from './month'

/**
 * 通話明細の取込: choose the telephone service and the file, check it (the mapping saved for that
 * service, or guessed), adjust the columns if needed, then import. Nothing is imported while a line
 * is wrong; every wrong line is listed by its number.
 */
export function CdrImport({ onImported }: { onImported: () => void }) {
  const t = useT()
  const [provider, setProvider] = useState('pbx')
  const [file, setFile] = useState<File | null>(null)
  const [preview, setPreview] = useState<CdrPreview | null>(null)
  const [mapping, setMapping] = useState<Partial<Record<CdrField, string>>>({})
  const [problems, setProblems] = useState<CdrProblemView[]>([])
  const [message, setMessage] = useState<string | null>(null)
  const upload = async (withMapping: boolean): Promise<CdrUpload | null> => {
    if (!file) return null
    const complete = CDR_FIELDS.every((f) => mapping[f])
    return {
      provider,
      fileName: file.name,
      content: await fileBase64(file),
      ...(withMapping && complete ? { mapping: mapping as Record<CdrField, string> } : {}),
    }
  }
  const check = async (withMapping: boolean) => {
    const body = await upload(withMapping)
    if (!body) return
    setMessage(null)
    try {
      const p = await reportsApi.preview(body)
      setPreview(p)
      setMapping(p.mapping)
      setProblems(p.problems)
    } catch (e) {
      failed(e)
    }
  }
  const failed = (e: unknown) => {
    const details =
      e instanceof ApiRequestError ? (e.details as { problems?: CdrProblemView[] } | undefined) : undefined
    setProblems(details?.problems ?? [])
    setMessage(errorText(t, e))
  }
  const run = async () => {
    const body = await upload(true)
    if (!body) return
    try {
      const done = await reportsApi.importCdr(body)
      setMessage(t('reports.cdr.done', { ...done }))
      setPreview(null)
      setProblems([])
      onImported()
    } catch (e) {
      failed(e)
    }
  }
  return (
    <section className="rp-panel" aria-labelledby="rp-cdr" data-testid="cdr-import">
      <h2 id="rp-cdr">{t('reports.cdr.title')}</h2>
      <label className="rp-field">
        {t('reports.cdr.provider')}
        <input
          className="field-input"
          value={provider}
          onChange={(e) => setProvider(e.target.value)}
          data-testid="cdr-provider"
        />
      </label>
      <label className="rp-field">
        {t('reports.cdr.file')}
        <input
          type="file"
          accept=".csv,text/csv"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null)
            setPreview(null)
          }}
          data-testid="cdr-file"
        />
      </label>
      <button
        type="button"
        className="button"
        disabled={!file}
        onClick={() => void check(false)}
        data-testid="cdr-preview"
      >
        {t('reports.cdr.preview')}
      </button>
      {preview && (
        <div data-testid="cdr-preview-result">
          <fieldset>
            <legend>{t('reports.cdr.mapping')}</legend>
            {CDR_FIELDS.map((f) => (
              <label key={f} className="rp-field">
                {t(`reports.cdr.field.${f}` as MessageKey)}
                <select
                  className="field-input"
                  value={mapping[f] ?? ''}
                  onChange={(e) => setMapping({ ...mapping, [f]: e.target.value })}
                  data-testid={`cdr-map-${f}`}
                >
                  <option value="" />
                  {preview.header.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </label>
            ))}
            <button type="button" className="button" onClick={() => void check(true)}>
              {t('reports.cdr.preview')}
            </button>
          </fieldset>
          <p data-testid="cdr-summary">
            {t('reports.cdr.summary', {
              rows: preview.rows,
              newCalls: preview.newCalls,
              alreadyImported: preview.alreadyImported,
            })}
          </p>
          <table className="rp-table">
            <tbody>
              {preview.sample.map((r) => (
                <tr key={r.fileLine}>
                  <td>{r.fileLine}</td>
                  <td>{r.line}</td>
                  <td>{r.start}</td>
                  <td>{r.answered || '—'}</td>
                  <td>{r.end}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button
            type="button"
            className="button"
            disabled={problems.length > 0}
            onClick={() => void run()}
            data-testid="cdr-run"
          >
            {t('reports.cdr.import')}
          </button>
        </div>
      )}
      {message && (
        <p role="status" data-testid="cdr-message">
          {message}
        </p>
      )}
      {problems.length > 0 && (
        <div role="alert" data-testid="cdr-problems">
          <p>{t('reports.cdr.problems', { total: preview?.totalProblems ?? problems.length })}</p>
          <ul>
            {problems.map((p) => (
              <li key={`${p.line}-${p.field}-${p.code}`}>
                {t('reports.cdr.problemLine', {
                  line: p.line,
                  field: t(`reports.cdr.field.${p.field}` as MessageKey),
                  message: t(`reports.cdr.problem.${p.code}` as MessageKey),
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
