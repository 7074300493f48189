import type { FaqDiff } from '@madoguchi/shared'

/** Two versions compared field by field: added text marked as inserted, removed text as deleted. */
export function DiffView({
  fields,
  label,
}: {
  fields: FaqDiff['fields']
  label?: (field: string) => string
}) {
  return (
    <dl data-testid="faq-diff">
      {fields.map((f) => (
        <div key={f.field}>
          <dt>{label ? label(f.field) : f.field}</dt>
          <dd style={{ whiteSpace: 'pre-wrap' }}>
            {f.parts.map((p, i) =>
              p.kind === 'added' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a diff's parts never reorder
                <ins key={i} className="diff-added">
                  {p.text}
                </ins>
              ) : p.kind === 'removed' ? (
                // biome-ignore lint/suspicious/noArrayIndexKey: a diff's parts never reorder
                <del key={i} className="diff-removed">
                  {p.text}
                </del>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: a diff's parts never reorder
                <span key={i}>{p.text}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  )
}
