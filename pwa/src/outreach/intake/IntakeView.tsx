import { INTAKE_STEPS, type IntakePurpose, type IntakeStep } from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { Suspense, useEffect } from 'react'
import { useT } from '../../app/i18n'
import { lazyScreen } from '../../app/lazy-screen'
import { ScreenBoundary } from '../../app/ScreenBoundary'
import { useReadAudit } from '../../audit/useReadAudit'
import { db } from '../../db/schema'
import { useOnScreen } from '../../sync/useOnScreen'
import { tracked } from '../autosave'
import { ConfirmDelete } from '../delete/ConfirmDelete'
import { NotesStep } from '../notes/NotesStep'
import { patchIntake, readDraft, removeIntake } from '../patch'

import { openIntake, openStep, usePlace } from '../place'
import { templateFor, useReference } from '../reference'
import { PurposePicker } from './PurposePicker'
import { ReviewStep } from './ReviewStep'
import { StepNav } from './StepNav'
import { FormStep, IdentityStep } from './steps'

// The camera (react-webcam) loads only when the photo step opens: the first load stays small.
const PhotoStep = lazyScreen(() => import('../photo/PhotoStep').then((m) => m.PhotoStep))

import { heldWithSent } from './sent'
import { summarise } from './summary'
import './intake.css'

/** One visitor, as steps. Every change saves at once; the step list shows what is done and missing. */
export function IntakeView({ sessionId, intakeId }: { sessionId: string; intakeId: string }) {
  const t = useT()
  const reference = useReference()
  const step = usePlace((s) => s.step) as IntakeStep
  useOnScreen(intakeId)
  const data = useLiveQuery(async () => {
    const [intake, photos, notes, receipts, draft] = await Promise.all([
      db.intakes.get(intakeId),
      db.photos
        .where('intakeId')
        .equals(intakeId)
        .toArray((all) => all.map(({ id }) => ({ id, intakeId }))),
      db.notes
        .where('intakeId')
        .equals(intakeId)
        .toArray((all) => all.map(({ id }) => ({ id, intakeId }))),
      db.receipts
        .where('sessionId')
        .equals(sessionId)
        .filter((r) => r.intakeId === intakeId)
        .toArray(),
      readDraft(intakeId, 'applicationFormId'),
    ])
    // A photo or note sent and purged still counts (送信済), see sent.ts.
    const hasPhoto = heldWithSent(photos, receipts, 'photo').length > 0
    return { intake, hasPhoto, noteCount: heldWithSent(notes, receipts, 'consultation_note').length, draft }
  }, [intakeId])
  // Gone while open elsewhere (deleted, or purged while the tablet was locked): back to the list.
  const gone = data !== undefined && !data.intake
  useEffect(() => {
    if (gone) openIntake(null)
  }, [gone])
  useReadAudit('intake.read', data?.intake ? intakeId : undefined, sessionId)
  if (!data?.intake) return null
  // A 申請書ID still being typed is judged as typed, so the step says what is wrong with it.
  const { intake, result } = summarise(reference, data.intake, data.hasPhoto, data.noteCount, data.draft)
  const template = templateFor(reference, intake.templateId, intake.templateVersion)
  const current = INTAKE_STEPS.includes(step) ? step : 'purpose'
  const next = INTAKE_STEPS.slice(INTAKE_STEPS.indexOf(current) + 1).find(
    (s) => result.steps[s] !== 'not_needed',
  )

  const choosePurpose = (purpose: IntakePurpose) =>
    void tracked(() => patchIntake(intake.id, { purpose }, intake)).catch(() => undefined)

  return (
    <section aria-labelledby="intake-title" data-testid="intake-view" data-visitor={intake.visitorNo}>
      <div className="intake-head">
        <button
          type="button"
          className="button"
          data-testid="back-to-visitors"
          onClick={() => openIntake(null)}
        >
          ← {t('outreach.intake.toList')}
        </button>
        <h2 className="section-title" id="intake-title">
          {t('outreach.session.visitor', { no: intake.visitorNo })}
          {t('list.separator')}
          {t(`purpose.${intake.purpose}`)}
        </h2>
        <div className="intake-delete">
          <ConfirmDelete
            label={t('outreach.delete.visitor')}
            question={t('outreach.delete.visitorQuestion', { no: intake.visitorNo })}
            testId="delete-visitor"
            onDelete={async () => {
              await tracked(() => removeIntake(intake.id))
              openIntake(null)
            }}
          />
        </div>
      </div>
      <div className="intake-layout">
        <StepNav current={current} steps={result.steps} onOpen={openStep} />
        <div className="intake-step">
          <h3 className="step-title">{t(`step.${current}`)}</h3>
          {current === 'purpose' && <PurposePicker value={intake.purpose} onChoose={choosePurpose} />}
          {current === 'identity' && (
            <IdentityStep
              intake={intake}
              template={template}
              missing={result.missing.filter((m) => m.step === 'identity')}
            />
          )}
          {current === 'form' && <FormStep intake={intake} template={template} draft={data.draft} />}
          {current === 'photo' && (
            <ScreenBoundary>
              <Suspense fallback={<p className="loading">{t('loading')}</p>}>
                <PhotoStep sessionId={sessionId} intake={intake} template={template} />
              </Suspense>
            </ScreenBoundary>
          )}
          {current === 'consultation' && <NotesStep sessionId={sessionId} intakeId={intake.id} />}
          {current === 'review' && <ReviewStep intake={intake} template={template} result={result} />}
          {next && (
            <button
              type="button"
              className="button button-large next-step"
              data-testid="next-step"
              onClick={() => openStep(next)}
            >
              {t('outreach.intake.next')}: {t(`step.${next}`)} →
            </button>
          )}
        </div>
      </div>
    </section>
  )
}
