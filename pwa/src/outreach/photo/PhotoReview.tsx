import { useEffect, useState } from 'react'
import { useT } from '../../app/i18n'
import type { ProcessedPhoto } from './process'

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

type Props = { photo: ProcessedPhoto; onRetake: () => void; onUse: () => void; busy: boolean }

/** After the shutter: the photo, the measured checks in plain words, one large 撮り直す button. */
export function PhotoReview({ photo, onRetake, onUse, busy }: Props) {
  const t = useT()
  const url = useObjectUrl(photo.blob)
  const { problems } = photo.check
  const ok = problems.length === 0
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
              <li key={problem} data-problem={problem}>
                {t(`photo.problem.${problem}`)}
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
        <button
          type="button"
          className={`button button-large ${ok ? 'button-primary' : ''}`}
          data-testid="use-photo"
          aria-disabled={busy || undefined}
          onClick={onUse}
        >
          {ok ? t('photo.use') : t('photo.useAnyway')}
        </button>
      </div>
    </div>
  )
}
