import {
  type ImportLog,
  type ImportPreview,
  type MessageKey,
  type SourceMapping,
  STATUS_CODES,
  STATUS_FIELDS,
  type StatusCode,
  type StatusField,
} from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { useT } from '../../app/i18n'
import { PATHS } from '../../app/router'
import { PageTitle } from '../../ui/PageTitle'
import { Crumbs } from '../Crumbs'
import { importFile, previewFile, statusApi } from './api'
import { LabelsEditor } from './LabelsEditor'
import './status.css'
import { dayText, stampText } from '../../ui/dates'

type Phase =
  | { kind: 'idle' }
  | { kind: 'sending'; percent: number }
  | { kind: 'checking' }
  | { kind: 'applying' }

/**
 * The city's status file, imported by a supervisor or city staff: choose the source and the file, see
 * the encoding found, the mapping and every bad line, then import all of it or nothing.
 */
export function ImportScreen() {
  const t = useT()
  const [source, setSource] = useState('city-system')
  const [file, setFile] = useState<File | null>(null)
  const [encoding, setEncoding] = useState<'' | 'utf-8' | 'shift_jis'>('')
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [mapping, setMapping] = useState<SourceMapping | null>(null)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [log, setLog] = useState<ImportLog | null>(null)

  const refreshLog = useCallback(() => {
    statusApi
      .log()
      .then(setLog)
      .catch(() => {})
  }, [])
  useEffect(refreshLog, [refreshLog])

  const failed = useCallback(
    (e: unknown) => {
      setPhase({ kind: 'idle' })
      if (!(e instanceof ApiRequestError)) return setMessage({ kind: 'error', text: t('error.internal') })
      const problem = (
        e.details as { problem?: { code: string; header?: string; line?: number } } | undefined
      )?.problem
      const text = problem
        ? t(`status.file.${problem.code}` as MessageKey, {
            header: problem.header ?? '',
            line: problem.line ?? 0,
          })
        : e.message
      setMessage({ kind: 'error', text })
    },
    [t],
  )

  const query = (extra: Record<string, string> = {}) =>
    new URLSearchParams({ source, ...(encoding ? { encoding } : {}), ...extra }).toString()

  const check = async (chosen = file) => {
    if (!chosen) return
    setMessage(null)
    setPreview(null)
    setPhase({ kind: 'sending', percent: 0 })
    try {
      const p = await previewFile(query(), chosen, (percent) =>
        setPhase(percent < 100 ? { kind: 'sending', percent } : { kind: 'checking' }),
      )
      setPreview(p)
      setMapping(p.mapping)
      setPhase({ kind: 'idle' })
    } catch (e) {
      failed(e)
    }
  }

  const saveAndCheck = async () => {
    if (!mapping) return
    try {
      await statusApi.saveMapping(source, mapping)
      await check()
    } catch (e) {
      failed(e)
    }
  }

  const apply = async () => {
    if (!file || !preview) return
    setPhase({ kind: 'applying' })
    try {
      const done = await importFile(
        query({ encoding: preview.encoding, sha256: preview.sha256 }),
        file,
        (percent) => setPhase(percent < 100 ? { kind: 'sending', percent } : { kind: 'applying' }),
      )
      setPhase({ kind: 'idle' })
      setPreview(null)
      setMessage({ kind: 'ok', text: t('status.import.done', { ...done }) })
      refreshLog()
    } catch (e) {
      failed(e)
    }
  }

  const setColumn = (field: StatusField, header: string) =>
    mapping &&
    setMapping({ ...mapping, columns: { ...mapping.columns, [field]: header === '' ? null : header } })
  const setWord = (word: string, code: string) => {
    if (!mapping) return
    const words = { ...mapping.words }
    if (code) words[word] = code as StatusCode
    else delete words[word]
    setMapping({ ...mapping, words })
  }

  return (
    <section
      className="screen screen-wide desk-status"
      data-testid="status-import"
      aria-labelledby="import-title"
    >
      <Crumbs trail={[{ label: t('status.import.title'), path: PATHS.deskStatusImport }]} />
      <PageTitle id="import-title" title={t('status.import.title')} />
      <div className="panel status-import-form">
        <label className="field">
          <span className="field-label">{t('status.import.source')}</span>
          <input
            className="input"
            data-testid="import-source"
            value={source}
            onChange={(e) => setSource(e.target.value.trim())}
          />
          <small className="muted">{t('status.import.sourceHint')}</small>
        </label>
        <label className="field">
          <span className="field-label">{t('status.import.file')}</span>
          <input
            type="file"
            accept=".csv,text/csv"
            data-testid="import-file"
            onChange={(e) => {
              const chosen = e.target.files?.[0] ?? null
              setFile(chosen)
              void check(chosen)
            }}
          />
        </label>
        <label className="field">
          <span className="field-label">{t('status.import.encoding')}</span>
          <select
            data-testid="import-encoding"
            value={encoding}
            onChange={(e) => setEncoding(e.target.value as typeof encoding)}
          >
            <option value="">auto</option>
            <option value="utf-8">UTF-8</option>
            <option value="shift_jis">Shift_JIS</option>
          </select>
        </label>
        <button type="button" className="button" disabled={!file} onClick={() => void check()}>
          {t('status.import.preview')}
        </button>
        {phase.kind !== 'idle' && (
          <p role="status" data-testid="import-progress">
            {phase.kind === 'sending' && (
              <>
                <progress max={100} value={phase.percent} />{' '}
                {t('status.import.sending', { percent: phase.percent })}
              </>
            )}
            {phase.kind === 'checking' && t('status.import.checking')}
            {phase.kind === 'applying' && t('status.import.applying')}
          </p>
        )}
      </div>
      {message && (
        <p
          className={message.kind === 'ok' ? 'notice notice-ok' : 'notice notice-error'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
          data-testid={message.kind === 'ok' ? 'import-done' : 'import-error'}
        >
          {message.text}
        </p>
      )}
      {preview && mapping && (
        <Preview
          preview={preview}
          mapping={mapping}
          setColumn={setColumn}
          setWord={setWord}
          onSave={() => void saveAndCheck()}
          onApply={() => void apply()}
        />
      )}
      {log && (
        <div className="panel">
          <h2 className="panel-title">{t('status.import.log')}</h2>
          <p>{t('status.import.held', { count: log.applications })}</p>
          <table data-testid="import-log">
            <tbody>
              {log.imports.map((i) => (
                <tr key={i.id}>
                  <td className="nowrap">{stampText(i.at)}</td>
                  <td>{i.source}</td>
                  <td>{i.encoding}</td>
                  <td>{i.rows}</td>
                  <td>+{i.added}</td>
                  <td>~{i.changed}</td>
                  <td>{i.byName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <LabelsEditor />
    </section>
  )
}

function Preview({
  preview: p,
  mapping,
  setColumn,
  setWord,
  onSave,
  onApply,
}: {
  preview: ImportPreview
  mapping: SourceMapping
  setColumn: (field: StatusField, header: string) => void
  setWord: (word: string, code: string) => void
  onSave: () => void
  onApply: () => void
}) {
  const t = useT()
  return (
    <div className="panel" data-testid="import-preview">
      <p data-testid="import-encoding-found">
        {t('status.import.encodingDetected', { encoding: p.encoding })}
      </p>
      <p data-testid="import-summary">
        {t('status.import.summary', {
          rows: p.dataRows,
          valid: p.valid,
          bad: p.badCount,
          added: p.added,
          changed: p.changed,
          unchanged: p.unchanged,
        })}
      </p>
      {p.guessed && <p className="notice">{t('status.import.guessed')}</p>}
      <h2 className="panel-title">{t('status.import.mapping')}</h2>
      <table data-testid="import-mapping">
        <tbody>
          {STATUS_FIELDS.map((field) => (
            <tr key={field}>
              <th>{t(`status.field.${field}` as MessageKey)}</th>
              <td>
                <select
                  data-testid={`map-${field}`}
                  value={mapping.columns[field] ?? ''}
                  onChange={(e) => setColumn(field, e.target.value)}
                >
                  <option value="">{t('status.import.notImported')}</option>
                  {p.headers.map((h) => (
                    <option key={h} value={h}>
                      {h}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {p.unknownWords.length > 0 && (
        <>
          <h3 className="field-label">{t('status.import.words')}</h3>
          <ul data-testid="import-words">
            {p.unknownWords.map((w) => (
              <li key={w.word}>
                {t('status.import.wordLine', { word: w.word, count: w.count, line: w.firstLine })}{' '}
                <select value={mapping.words[w.word] ?? ''} onChange={(e) => setWord(w.word, e.target.value)}>
                  <option value="">—</option>
                  {STATUS_CODES.map((code) => (
                    <option key={code} value={code}>
                      {code}
                    </option>
                  ))}
                </select>
              </li>
            ))}
          </ul>
        </>
      )}
      <button type="button" className="button" data-testid="import-save-mapping" onClick={onSave}>
        {t('status.import.saveMapping')}
      </button>
      {p.badCount > 0 && (
        <>
          <h2 className="panel-title">{t('status.import.badLines')}</h2>
          <p className="notice notice-error">{t('status.import.blocked')}</p>
          <table className="bad-lines" data-testid="import-bad">
            <tbody>
              {p.bad.map((b) => (
                <tr key={`${b.line}-${b.field}-${b.code}`} data-line={b.line}>
                  <td>{t('status.import.line', { line: b.line })}</td>
                  <td>{t(`status.field.${b.field}` as MessageKey)}</td>
                  <td>
                    {t(`status.bad.${b.code}` as MessageKey, { detail: b.detail ?? '' })}
                    {b.detail && b.code !== 'duplicate_id' ? `: ${b.detail}` : ''}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          {p.badCount > p.bad.length && (
            <p>{t('status.import.badMore', { count: p.badCount - p.bad.length })}</p>
          )}
        </>
      )}
      <h2 className="panel-title">{t('status.import.sample')}</h2>
      <table data-testid="import-sample">
        <tbody>
          {p.sample.map((r) => (
            <tr key={r.line}>
              <td>{r.line}</td>
              <td>{r.formId}</td>
              <td>{r.status}</td>
              <td className="nowrap">{dayText(r.statusDate)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button button-primary"
        data-testid="import-apply"
        disabled={p.badCount > 0 || p.valid === 0}
        onClick={onApply}
      >
        {t('status.import.apply')}
      </button>
    </div>
  )
}
