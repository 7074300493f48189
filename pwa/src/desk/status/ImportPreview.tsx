import {
  type MessageKey,
  type ImportPreview as Preview,
  type SourceMapping,
  STATUS_CODES,
  STATUS_FIELDS,
  type StatusField,
} from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { dayText } from '../../ui/dates'

/**
 * Checking the file before importing: the encoding found, the counts, the mapping of columns and
 * words (corrected and saved here), every bad line, a sample; import only when nothing is bad.
 */
export function ImportPreview({
  preview: p,
  mapping,
  setColumn,
  setWord,
  onSave,
  onApply,
}: {
  preview: Preview
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
                  className="select"
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
                <select
                  className="select"
                  value={mapping.words[w.word] ?? ''}
                  onChange={(e) => setWord(w.word, e.target.value)}
                >
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
          <p className="form-alert">{t('status.import.blocked')}</p>
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
