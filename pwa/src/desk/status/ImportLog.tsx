import type { ImportLog as Log } from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { stampText } from '../../ui/dates'

/** The imports so far: when, from where, how many rows, added and changed, by whom. */
export function ImportLog({ log }: { log: Log }) {
  const t = useT()
  return (
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
  )
}
