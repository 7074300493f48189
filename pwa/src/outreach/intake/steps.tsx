import {
  type ChecklistTemplate,
  documentShown,
  IDENTITY_GROUPS,
  type IntakeRecord,
  type Missing,
  PHOTO_CONSENT,
  withDocument,
} from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { tracked } from '../autosave'
import { patchIntake } from '../patch'
import { Toggle } from '../Toggle'
import { CheckItem } from './CheckItem'
import { ConsentQuestion } from './ConsentQuestion'
import { DocumentToggle } from './DocumentToggle'
import { FormIdField } from './FormIdField'
import { GuardedText } from './GuardedText'

type StepProps = { intake: IntakeRecord; template: ChecklistTemplate }

/** A tap saves at once: there is nothing to debounce about a button. */
const saveCheck = (intake: IntakeRecord, itemId: string, state: IntakeRecord['checks'][string]) =>
  void tracked(() =>
    patchIntake(intake.id, (current) => ({ checks: { ...current.checks, [itemId]: state } }), intake),
  ).catch(() => undefined)

function Items({ intake, template, kind, title }: StepProps & { kind: string; title: string }) {
  return (
    <fieldset className="check-group">
      <legend className="group-title">{title}</legend>
      {template.items
        .filter((item) => item.kind === kind)
        .map((item) => (
          <CheckItem
            key={item.id}
            item={item}
            state={intake.checks[item.id]}
            onChange={(s) => saveCheck(intake, item.id, s)}
          />
        ))}
    </fieldset>
  )
}

/** Picking a document saves at once, built on the newest stored checks. */
const saveDocument = (intake: IntakeRecord, itemId: string, shown: boolean) =>
  void tracked(() =>
    patchIntake(intake.id, (current) => ({ checks: withDocument(current.checks, itemId, shown) }), intake),
  ).catch(() => undefined)

function Documents({ intake, template, kind, title }: StepProps & { kind: string; title: string }) {
  return (
    <fieldset className="check-group" data-testid={`docs-${kind}`}>
      <legend className="group-title">{title}</legend>
      {template.items
        .filter((item) => item.kind === kind)
        .map((item) => (
          <DocumentToggle
            key={item.id}
            item={item}
            shown={documentShown(intake.checks, item.id)}
            onChange={(shown) => saveDocument(intake, item.id, shown)}
          />
        ))}
    </fieldset>
  )
}

/**
 * 本人確認書類: staff pick the documents the visitor shows, grouped as the rule groups them (one of
 * group A, or two of group B; or the legal representative's ID and proof). The rest are not shown.
 */
export function IdentityStep({ intake, template, missing }: StepProps & { missing: Missing[] }) {
  const t = useT()
  return (
    <div className="step-body" data-testid="identity-step">
      <p className="lead">{t('outreach.intake.docsLead')}</p>
      {/* What the shown documents still lack, in the rule's words (empty once they satisfy it). */}
      <p className="muted" role="status" data-testid="identity-missing">
        {missing.map((m) => t(m.key)).join(' ')}
      </p>
      <Toggle
        testId="legal-representative"
        checked={intake.legalRepresentative}
        label={t('outreach.intake.legalRep')}
        onChange={(legalRepresentative) =>
          void tracked(() => patchIntake(intake.id, { legalRepresentative }, intake)).catch(() => undefined)
        }
      />
      {intake.legalRepresentative && (
        <Documents
          intake={intake}
          template={template}
          kind="representative"
          title={t('outreach.intake.representative')}
        />
      )}
      {IDENTITY_GROUPS.map(({ kind }) => (
        <Documents
          key={kind}
          intake={intake}
          template={template}
          kind={kind}
          title={t(kind === 'identity_a' ? 'outreach.intake.groupA' : 'outreach.intake.groupB')}
        />
      ))}
    </div>
  )
}

/** 申請書: the form, its 申請書ID and a memo. */
export function FormStep({ intake, template, draft }: StepProps & { draft: string | null }) {
  const t = useT()
  return (
    <div className="step-body" data-testid="form-step">
      <Items intake={intake} template={template} kind="form" title={t('step.form')} />
      <FormIdField key={intake.id} intake={intake} draft={draft} />
      <GuardedText
        key={`memo-${intake.id}`}
        id="intake-memo"
        testId="intake-memo"
        label={t('outreach.intake.memo')}
        initial={intake.memo}
        maxLength={2000}
        save={(memo) => patchIntake(intake.id, { memo }, intake)}
      />
    </div>
  )
}

/**
 * The consents asked at the end: all but the photo consent, which the photo step asks before the
 * camera opens.
 */
export function ConsentItems({ intake, template }: StepProps) {
  const t = useT()
  const items = template.items.filter((item) => item.kind === 'consent' && item.id !== PHOTO_CONSENT)
  if (items.length === 0) return null
  return (
    <section className="check-group">
      <h4 className="group-title">{t('outreach.intake.consents')}</h4>
      {items.map((item) => (
        <ConsentQuestion key={item.id} intake={intake} item={item} />
      ))}
    </section>
  )
}
