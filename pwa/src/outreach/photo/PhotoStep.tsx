import { useLiveQuery } from 'dexie-react-hooks'
import { type ChangeEvent, useState } from 'react'
import { useT } from '../../app/i18n'
import { useReadAudit } from '../../audit/useReadAudit'
import { db } from '../../db/schema'
import { Camera } from './Camera'
import { PhotoReview, useObjectUrl } from './PhotoReview'
import { type ProcessedPhoto, processFile, processFrame } from './process'
import { savePhotoFor } from './save'

type Mode = 'saved' | 'camera' | 'review'

/**
 * 顔写真: camera (or an image file) → review with the measured checks → saved with its SHA-256.
 * User Timing marks `photo:process` (shutter → checked JPEG) and `photo:write` (accepted → in
 * IndexedDB) let `npm run bench:photo` time the real screen.
 */
export function PhotoStep({ sessionId, intakeId }: { sessionId: string; intakeId: string }) {
  const t = useT()
  const saved = useLiveQuery(() => db.photos.where('intakeId').equals(intakeId).first(), [intakeId])
  const [mode, setMode] = useState<Mode | null>(null)
  const [review, setReview] = useState<ProcessedPhoto | null>(null)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const savedUrl = useObjectUrl(saved?.blob)
  const shown: Mode = mode ?? (saved ? 'saved' : 'camera')
  // Only the stored photo is a read: the camera and a shot under review are not yet the record.
  useReadAudit('photo.read', shown === 'saved' ? saved?.id : undefined, sessionId)

  async function run(work: () => Promise<ProcessedPhoto>) {
    setBusy(true)
    setError(null)
    performance.mark('photo:shutter')
    try {
      setReview(await work())
      performance.measure('photo:process', 'photo:shutter')
      setMode('review')
    } catch {
      setError(t('photo.fileError'))
    } finally {
      setBusy(false)
    }
  }

  async function use() {
    if (!review || busy) return
    setBusy(true)
    performance.mark('photo:use')
    try {
      await savePhotoFor(sessionId, intakeId, review)
      performance.measure('photo:write', 'photo:use')
      setReview(null)
      setMode('saved')
    } catch {
      setError(t('outreach.save.failed'))
    } finally {
      setBusy(false)
    }
  }

  function onFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0]
    event.target.value = ''
    if (file) void run(() => processFile(file))
  }

  return (
    <div className="step-body photo-step" data-testid="photo-step" data-mode={shown}>
      {error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      {shown === 'camera' && (
        <Camera
          busy={busy}
          onShutter={(video) => void run(() => processFrame(video, video.videoWidth, video.videoHeight))}
        />
      )}
      {shown === 'review' && review && (
        <PhotoReview photo={review} busy={busy} onUse={() => void use()} onRetake={() => setMode('camera')} />
      )}
      {shown === 'saved' && saved && (
        <div className="photo-review" data-testid="photo-saved">
          <div className="photo-frame">
            {savedUrl && <img src={savedUrl} alt={t('photo.saved')} className="photo-image" />}
          </div>
          <div className="photo-side">
            <p className="field-label">{t('photo.saved')}</p>
            <p className="muted">
              {t('photo.size', {
                width: saved.width,
                height: saved.height,
                kb: Math.round(saved.bytes / 1024),
              })}
            </p>
            <button
              type="button"
              className="button button-primary button-huge"
              data-testid="retake"
              onClick={() => setMode('camera')}
            >
              {t('photo.retake')}
            </button>
          </div>
        </div>
      )}
      <label className="button button-large file-button">
        {t('photo.file')}
        <input
          type="file"
          accept="image/*"
          className="visually-hidden"
          data-testid="photo-file"
          onChange={onFile}
        />
      </label>
    </div>
  )
}
