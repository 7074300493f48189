import type { ChecklistResult, ChecklistTemplate, IntakeRecord } from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { CloseIncomplete } from '../end/CloseIncomplete'
import { useLabel } from '../format'
import { openIntake } from '../place'
import { ConsentItems } from './steps'

type Props = { intake: IntakeRecord; template: ChecklistTemplate; result: ChecklistResult }

/** 確認: the consents, then plainly what is still missing, and back to the visitor list. */
export function ReviewStep({ intake, template, result }: Props) {
  const t = useT()
  const label = useLabel()
  const itemLabel = (id?: string) => {
    const item = template.items.find((i) => i.id === id)
    return item ? label(item.label) : ''
  }
  return (
    <div className="step-body" data-testid="review-step">
      <ConsentItems intake={intake} template={template} />
      <section
        className={result.complete ? 'summary summary-ok' : 'summary summary-missing'}
        data-testid="missing-list"
      >
        {result.complete ? (
          <p>{t('outreach.intake.allComplete')}</p>
        ) : (
          <>
            <h3 className="group-title">{t('outreach.intake.stillMissing')}</h3>
            <ul>
              {result.missing.map((m) => (
                <li key={`${m.key}-${m.itemId ?? ''}`}>
                  {t(m.key, { item: itemLabel(m.itemId), count: m.count ?? 0 })}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      {!result.complete && <CloseIncomplete intake={intake} />}
      <button
        type="button"
        className="button button-primary button-large"
        data-testid="intake-done"
        onClick={() => openIntake(null)}
      >
        {t('outreach.intake.toList')}
      </button>
    </div>
  )
}
