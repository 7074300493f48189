import type { ChecklistItem } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { useT } from '../../app/i18n'
import { useLabel } from '../format'

type Props = { item: ChecklistItem; shown: boolean; onChange: (shown: boolean) => void }

/**
 * One identity document as a single large toggle: pressed means the visitor showed it. A document
 * not shown is simply left alone (there is no なし or 対象外 to choose). The tap shows at once; the
 * stored value follows through the live query.
 */
export function DocumentToggle({ item, shown, onChange }: Props) {
  const t = useT()
  const label = useLabel()
  const [local, setLocal] = useState(shown)
  useEffect(() => setLocal(shown), [shown])
  return (
    <button
      type="button"
      className="option-button option-button-tick doc-toggle"
      data-testid={`doc-${item.id}`}
      aria-pressed={local}
      onClick={() => {
        setLocal(!local)
        onChange(!local)
      }}
    >
      <span className="doc-name">{label(item.label)}</span>
      <span className="doc-mark">
        <span aria-hidden="true">{local ? '✓ ' : ''}</span>
        {t('outreach.intake.shown')}
      </span>
    </button>
  )
}
