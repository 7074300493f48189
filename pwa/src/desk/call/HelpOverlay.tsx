import { useEffect, useRef } from 'react'
import { useT } from '../../app/i18n'
import { useKeyRegistry } from './key-registry'
import { helpGroups, keyLabel } from './keys'

/** The `?` overlay: every key on screen now, rendered from the same tables that handle them. */
export function HelpOverlay({ onClose }: { onClose: () => void }) {
  const t = useT()
  const tables = useKeyRegistry((s) => s.tables)
  const close = useRef<HTMLButtonElement>(null)
  useEffect(() => close.current?.focus(), [])
  const groups = helpGroups(
    tables.flatMap((table) => table.keys),
    (row) => row.groupTitle,
  )
  return (
    <div className="help-backdrop">
      <div
        className="help"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        data-testid="help-overlay"
        onKeyDown={(event) => {
          if (event.key !== 'Escape') return
          event.preventDefault() // the desk's handler leaves a handled key alone
          onClose()
        }}
      >
        <div className="help-head">
          <h2 id="help-title" className="panel-title">
            {t('desk.keys.title')}
          </h2>
          <button type="button" className="button" ref={close} onClick={onClose}>
            {t('desk.keys.close')} <kbd>Esc</kbd>
          </button>
        </div>
        <div className="help-groups">
          {groups.map((group) => (
            <section key={group.group} data-testid={`help-group-${group.group}`}>
              <h3 className="panel-subtitle">{t(group.title)}</h3>
              <table className="help-table">
                <tbody>
                  {group.rows.map((row) => (
                    <tr key={row.id}>
                      <th scope="row">
                        {row.keys.map((key, i) => (
                          <span key={key}>
                            {i > 0 && ' / '}
                            <kbd>{keyLabel(key)}</kbd>
                          </span>
                        ))}
                      </th>
                      <td>{row.labels.map((label) => t(label)).join(' ／ ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      </div>
    </div>
  )
}
