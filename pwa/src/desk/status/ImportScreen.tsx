import { useT } from '../../app/i18n'
import { PATHS } from '../../app/router'
import { PageTitle } from '../../ui/PageTitle'
import { Crumbs } from '../Crumbs'
import { ImportFileForm } from './ImportFileForm'
import { ImportLog } from './ImportLog'
import { ImportPreview } from './ImportPreview'
import { LabelsEditor } from './LabelsEditor'
import './status.css'
import { useStatusImport } from './useStatusImport'

/**
 * The city's status file, imported by a supervisor or city staff: choose the source and the file, see
 * the encoding found, the mapping and every bad line, then import all of it or nothing.
 */
export function ImportScreen() {
  const t = useT()
  const state = useStatusImport()
  const { preview, mapping, message, log } = state
  return (
    <section
      className="screen screen-wide desk-status"
      data-testid="status-import"
      aria-labelledby="import-title"
    >
      <Crumbs trail={[{ label: t('status.import.title'), path: PATHS.deskStatusImport }]} />
      <PageTitle id="import-title" title={t('status.import.title')} />
      <ImportFileForm state={state} />
      {message && (
        <p
          className={message.kind === 'ok' ? 'form-alert form-alert-ok' : 'form-alert'}
          role={message.kind === 'ok' ? 'status' : 'alert'}
          data-testid={message.kind === 'ok' ? 'import-done' : 'import-error'}
        >
          {message.text}
        </p>
      )}
      {preview && mapping && (
        <ImportPreview
          preview={preview}
          mapping={mapping}
          setColumn={state.setColumn}
          setWord={state.setWord}
          onSave={() => void state.saveAndCheck()}
          onApply={() => void state.apply()}
        />
      )}
      {log && <ImportLog log={log} />}
      <LabelsEditor />
    </section>
  )
}
