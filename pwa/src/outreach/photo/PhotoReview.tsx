import { findIndividualNumbers } from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { useT } from '../../app/i18n'
import type { ShotProblem } from './save'

/** An object URL for a Blob, revoked when the Blob changes or the view closes. */
export function useObjectUrl(blob: Blob | undefined): string | undefined {
  const [url, setUrl] = useState<string>()
  useEffect(() => {
    if (!blob) return
    const next = URL.createObjectURL(blob)
    setUrl(next)
    return () => URL.revokeObjectURL(next)
  }, [blob])
  return url
}

type Props = {
  photo: { blob: Blob; width: number; height: number }
  problems: ShotProblem[]
  onRetake: () => void
  /** `reason`: why staff use it despite the problems (null when there are none). */
  onUse: (reason: string | null) => void
  busy: boolean
}

/**
 * After the shutter: the photo, the checks (the measured ones and the face check) in plain words
 * saying what to fix, and one large 撮り直す button. A photo with problems can still be used, as a
 * deliberate decision: staff give the reason, and it travels with the photo.
 */
export function PhotoReview({ photo, problems, onRetake, onUse, busy }: Props) {
  const t = useT()
  const url = useObjectUrl(photo.blob)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const ok = problems.length === 0

  function use() {
    if (ok) return onUse(null)
    const text = reason.trim()
    if (text === '') return setError(t('photo.overrideNeeded'))
    if (findIndividualNumbers(text).length > 0) return setError(t('outreach.individualNumber'))
    onUse(text)
  }

  return (
    <div className="photo-review" data-testid="photo-review">
      <div className="photo-frame">
        {url && <img src={url} alt={t('step.photo')} className="photo-image" />}
      </div>
      <div className="photo-side">
        <p className="muted" data-testid="photo-size">
          {t('photo.size', {
            width: photo.width,
            height: photo.height,
            kb: Math.round(photo.blob.size / 1024),
          })}
        </p>
        {ok ? (
          <p className="tag tag-ok" data-testid="photo-checks-ok">
            ✓ {t('photo.checksOk')}
          </p>
        ) : (
          <ul className="photo-problems" role="alert" data-testid="photo-problems">
            {problems.map((problem) => (
              <li key={problem} data-problem={problem.split('.').at(-1)}>
                {t(problem)}
              </li>
            ))}
          </ul>
        )}
        <button
          type="button"
          className={`button button-huge ${ok ? '' : 'button-primary'}`}
          data-testid="retake"
          onClick={onRetake}
        >
          {t('photo.retake')}
        </button>
        {!ok && (
          <div className="field">
            <label className="field-label" htmlFor="override-reason">
              {t('photo.overrideReason')}
            </label>
            <input
              id="override-reason"
              className="field-input"
              data-testid="override-reason"
              maxLength={200}
              value={reason}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? 'override-error' : undefined}
              onChange={(event) => {
                setReason(event.target.value)
                setError(null)
              }}
            />
            {error && (
              <p id="override-error" className="field-errors" role="alert">
                {error}
              </p>
            )}
          </div>
        )}
        <button
          type="button"
          className={`button button-large ${ok ? 'button-primary' : ''}`}
          data-testid="use-photo"
          aria-disabled={busy || undefined}
          onClick={use}
        >
          {ok ? t('photo.use') : t('photo.useAnyway')}
        </button>
      </div>
    </div>
  )
}
