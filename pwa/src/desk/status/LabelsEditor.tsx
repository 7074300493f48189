import type { StatusLabel } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { ApiRequestError, api } from '../../app/api'
import { useT } from '../../app/i18n'
import { statusApi } from './api'

type Part = 'label' | 'caller' | 'next' | 'wait'
const PARTS: readonly Part[] = ['label', 'caller', 'next', 'wait']

/**
 * The texts operators read for each status, edited by the city: the label, what it means to a
 * caller, what happens next and how long it takes. The seven statuses themselves are fixed.
 */
export function LabelsEditor() {
  const t = useT()
  const [labels, setLabels] = useState<StatusLabel[] | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  useEffect(() => {
    statusApi
      .labels()
      .then((l) => setLabels(l.labels))
      .catch(() => {})
  }, [])
  if (!labels) return null
  const edit = (index: number, part: Part, ja: string) =>
    setLabels(labels.map((l, i) => (i === index ? { ...l, [part]: { ...l[part], ja } } : l)))
  const heads: Record<Part, string> = {
    label: t('status.labels.label'),
    caller: t('status.result.caller'),
    next: t('status.result.next'),
    wait: t('status.result.wait'),
  }
  return (
    <div className="panel" data-testid="status-labels">
      <h2 className="panel-title">{t('status.labels.title')}</h2>
      <p className="muted">{t('status.labels.lead')}</p>
      <table>
        <thead>
          <tr>
            {PARTS.map((p) => (
              <th key={p} scope="col">
                {heads[p]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {labels.map((l, i) => (
            <tr key={l.code} data-status={l.code}>
              {PARTS.map((p) => (
                <td key={p}>
                  <input
                    className="field-input"
                    aria-label={`${l.label.ja} ${heads[p]}`}
                    value={l[p].ja}
                    maxLength={200}
                    onChange={(e) => edit(i, p, e.target.value)}
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <button
        type="button"
        className="button"
        data-testid="status-labels-save"
        onClick={() => {
          setMessage(null)
          api('/api/status/labels', { method: 'PUT', body: { labels } })
            .then(() => setMessage(t('status.labels.saved')))
            .catch((e: unknown) =>
              setMessage(
                e instanceof ApiRequestError
                  ? (Object.values(e.fields)[0]?.[0]?.message ?? e.message)
                  : t('error.internal'),
              ),
            )
        }}
      >
        {t('status.labels.save')}
      </button>
      {message && <p role="status">{message}</p>}
    </div>
  )
}
