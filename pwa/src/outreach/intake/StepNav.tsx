import { INTAKE_STEPS, type IntakeStep, type StepStatus } from '@madoguchi/shared'
import { useT } from '../../app/i18n'

type Props = {
  current: IntakeStep
  steps: Record<IntakeStep, StepStatus>
  onOpen: (step: IntakeStep) => void
}

const MARK: Record<StepStatus, string> = { done: '✓', missing: '！', optional: '・', not_needed: '－' }

/** 目的 → 本人確認書類 → 申請書 → 顔写真 → 相談 → 確認, each with its state in words (not colour alone). */
export function StepNav({ current, steps, onOpen }: Props) {
  const t = useT()
  return (
    <nav className="step-nav" aria-label={t('outreach.intake.steps')}>
      <ol>
        {INTAKE_STEPS.map((step, i) => (
          <li key={step}>
            <button
              type="button"
              className="option-button step"
              data-testid={`step-${step}`}
              data-status={steps[step]}
              aria-current={step === current ? 'step' : undefined}
              onClick={() => onOpen(step)}
            >
              <span className="step-name">
                {i + 1}. {t(`step.${step}`)}
              </span>
              <span className="step-status">
                <span aria-hidden="true">{MARK[steps[step]]} </span>
                {t(`stepStatus.${steps[step]}`)}
              </span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  )
}
