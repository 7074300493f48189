import { CATEGORY_TIER_LABELS, CATEGORY_TIERS, type CategoryCode } from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { useLabel } from '../format'
import { useReference } from '../reference'

/** 対応区分 as large buttons grouped by the tender's three tiers. */
export function CategoryChooser({ onChoose }: { onChoose: (code: CategoryCode) => void }) {
  const t = useT()
  const label = useLabel()
  const { categories } = useReference()
  return (
    <div data-testid="category-chooser">
      <p className="field-label">{t('notes.chooseCategory')}</p>
      {CATEGORY_TIERS.map((tier) => (
        <fieldset key={tier} className="choice-grid">
          <legend className="group-title">{label(CATEGORY_TIER_LABELS[tier])}</legend>
          {categories
            .filter((c) => c.tier === tier)
            .map((c) => (
              <button
                key={c.code}
                type="button"
                className="option-button option-button-accent choice"
                data-testid={`category-${c.code}`}
                onClick={() => onChoose(c.code as CategoryCode)}
              >
                {label(c.label)}
              </button>
            ))}
        </fieldset>
      ))}
    </div>
  )
}

/** The same list as a compact select, for changing a note's category later. */
export function CategorySelect({
  id,
  value,
  onChange,
}: {
  id: string
  value: string
  onChange: (code: CategoryCode) => void
}) {
  const t = useT()
  const label = useLabel()
  const { categories } = useReference()
  return (
    <label className="field" htmlFor={id}>
      <span className="field-label">{t('notes.category')}</span>
      <select
        id={id}
        className="select"
        value={value}
        onChange={(e) => onChange(e.target.value as CategoryCode)}
      >
        {CATEGORY_TIERS.map((tier) => (
          <optgroup key={tier} label={label(CATEGORY_TIER_LABELS[tier])}>
            {categories
              .filter((c) => c.tier === tier)
              .map((c) => (
                <option key={c.code} value={c.code}>
                  {label(c.label)}
                </option>
              ))}
          </optgroup>
        ))}
      </select>
    </label>
  )
}
