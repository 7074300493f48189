import type { FaqDetail } from '@madoguchi/shared'
import { useT } from '../../app/i18n'
import { useCan, useSession } from '../../app/session'

type Step = 'submit' | 'return' | 'publish' | 'retire'

/**
 * Saving an entry and moving it through review: submit a draft, publish or return one in review
 * (never one's own), retire; the reason goes into the history.
 */
export function FaqActions({
  detail,
  reason,
  setReason,
  save,
  step,
}: {
  detail: FaqDetail | null
  reason: string
  setReason: (reason: string) => void
  save: () => Promise<void>
  step: (name: Step) => unknown
}) {
  const t = useT()
  const me = useSession((s) => s.session?.user.id)
  const mayPublish = useCan('faq.publish')
  const state = detail?.entry.state
  const own = detail?.authorId === me
  const button = (name: Step, { primary = false, disabled = false } = {}) => (
    <button
      type="button"
      className={primary ? 'button button-primary' : 'button'}
      data-testid={`faq-${name}`}
      disabled={disabled}
      onClick={() => void step(name)}
    >
      {t(`faq.editor.${name}`)}
    </button>
  )
  return (
    <>
      <div className="faq-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="faq-save"
          onClick={() => void save()}
        >
          {t('faq.editor.save')}
        </button>
        {detail && state === 'draft' && button('submit')}
        {detail && mayPublish && state === 'inReview' && (
          <>
            {button('publish', { primary: true, disabled: own })}
            {button('return')}
          </>
        )}
        {detail && mayPublish && state !== 'retired' && button('retire')}
        {detail && (
          <label>
            {t('faq.editor.reason')}{' '}
            <input
              className="field-input"
              value={reason}
              data-testid="faq-reason"
              onChange={(e) => setReason(e.target.value)}
            />
          </label>
        )}
      </div>
      {own && state === 'inReview' && mayPublish && <p className="muted">{t('faq.editor.ownDraft')}</p>}
    </>
  )
}
