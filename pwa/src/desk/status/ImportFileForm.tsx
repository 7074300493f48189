import { useT } from '../../app/i18n'
import type { StatusImport } from './useStatusImport'

/** Choosing what to import: the source, the file (checked at once) and its encoding; the progress. */
export function ImportFileForm({ state }: { state: StatusImport }) {
  const t = useT()
  const { source, setSource, file, setFile, encoding, setEncoding, check, phase } = state
  return (
    <div className="panel">
      <label className="field">
        <span className="field-label">{t('status.import.source')}</span>
        <input
          className="field-input"
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
          className="field-input"
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
  )
}
