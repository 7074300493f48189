import { useEffect, useState } from 'react'

type Props = { checked: boolean; onChange: (checked: boolean) => void; label: string; testId?: string }

/**
 * A large checkbox that shows the tap at once. The stored value arrives a moment later through the
 * live query; until then the local state answers, so the box never seems to ignore a tap.
 */
export function Toggle({ checked, onChange, label, testId }: Props) {
  const [local, setLocal] = useState(checked)
  useEffect(() => setLocal(checked), [checked])
  return (
    <label className="toggle">
      <input
        type="checkbox"
        data-testid={testId}
        checked={local}
        onChange={(event) => {
          setLocal(event.target.checked)
          onChange(event.target.checked)
        }}
      />
      <span>{label}</span>
    </label>
  )
}
