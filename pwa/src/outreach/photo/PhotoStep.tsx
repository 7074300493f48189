import {
  type ChecklistTemplate,
  consentOf,
  type FaceProblem,
  type IntakeRecord,
  PHOTO_CONSENT,
  photoConsented,
} from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { type ChangeEvent, useEffect, useState } from 'react'
import { useLang, useT } from '../../app/i18n'
import { useReadAudit } from '../../audit/useReadAudit'
import { db } from '../../db/schema'
import { ConsentQuestion } from '../intake/ConsentQuestion'
import { useStorage } from '../storage'
import { Camera } from './Camera'
import { preloadFaceDetector } from './face-detect'
import { PhotoReview, useObjectUrl } from './PhotoReview'
import { type ProcessedPhoto, processFile, processFrame } from './process'
import { acceptShot, discardShot, keepShot, shotProblems } from './save'
import './photo.css'

type Props = { sessionId: string; intake: IntakeRecord; template: ChecklistTemplate }

/**
 * 顔写真: the visitor's consent first (the camera does not start without it), then camera (or an
 * image file) → review with the measured checks and the face check → saved with its SHA-256. The
 * shot under review is kept on the device (pending shot), so a lock or a reload does not lose it.
 * User Timing marks `photo:process` (shutter → checked JPEG) and `photo:write` (accepted → in
 * IndexedDB) let `npm run bench:photo` time the real screen.
 */
export function PhotoStep({ sessionId, intake, template }: Props) {
  const t = useT()
  const intakeId = intake.id
  const consentItem = template.items.find((item) => item.id === PHOTO_CONSENT)
  const consented = !consentItem || photoConsented(intake)
  const lang = useLang((s) => s.lang)
  const stored = useLiveQuery(
    async () => ({
      saved: await db.photos.where('intakeId').equals(intakeId).first(),
      pending: await db.pendingShots.get(intakeId),
      // A photo the server confirmed and the tablet then purged: only its receipt is left here, and
      // the visitor still has that photo (送信済), so the step must not ask for a new one.
      sent: await db.receipts
        .where('sessionId')
        .equals(sessionId)
        .filter((r) => r.entity === 'photo' && r.intakeId === intakeId && !r.deleted)
        .last(),
    }),
    [intakeId, sessionId],
  )
  const saved = stored?.saved
  const pending = stored?.pending
  const sent = saved ? undefined : stored?.sent
  const [retaking, setRetaking] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const savedUrl = useObjectUrl(saved?.blob)
  // A write just failed (possibly a full disk): no new photo until a save succeeds again, since a
  // photo is the largest write and the browser may delete the whole database on the next one.
  const storageFull = useStorage((s) => s.full)
  const shown = pending
    ? 'review'
    : retaking || (!saved && !sent)
      ? storageFull
        ? 'stopped'
        : 'camera'
      : saved
        ? 'saved'
        : 'sent'
  // Only the stored photo is a read: the camera and a shot under review are not yet the record.
  useReadAudit('photo.read', consented && shown === 'saved' ? saved?.id : undefined, sessionId)
  useEffect(() => {
    if (consented) preloadFaceDetector()
  }, [consented])

  async function run(work: () => Promise<ProcessedPhoto>) {
    setBusy(true)
    setError(null)
    performance.mark('photo:shutter')
    try {
      const photo = await work()
      await keepShot(sessionId, intakeId, photo)
      performance.measure('photo:process', 'photo:shutter')
      setRetaking(false)
    } catch {
      setError(t('photo.fileError'))
    } finally {
      setBusy(false)
    }
  }

  async function use(reason: string | null) {
    if (!pending || busy) return
    setBusy(true)
    performance.mark('photo:use')
    try {
      await acceptShot(sessionId, pending, reason)
      performance.measure('photo:write', 'photo:use')
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

  if (stored === undefined) return null
  return (
    <div className="step-body" data-testid="photo-step" data-mode={consented ? shown : 'consent'}>
      {consentItem && <ConsentQuestion intake={intake} item={consentItem} />}
      {!consented && (
        <p className="muted" data-testid="photo-needs-consent">
          {t(
            consentOf(intake, PHOTO_CONSENT) === 'declined' ? 'photo.consentDeclined' : 'photo.consentFirst',
          )}
        </p>
      )}
      {consented && error && (
        <p className="form-alert" role="alert">
          {error}
        </p>
      )}
      {consented && shown === 'stopped' && (
        <p className="banner banner-error" role="alert" data-testid="photo-stopped">
          {t('photo.storageStopped')}
        </p>
      )}
      {consented && shown === 'camera' && (
        <Camera
          busy={busy}
          onShutter={(video) => void run(() => processFrame(video, video.videoWidth, video.videoHeight))}
        />
      )}
      {consented && shown === 'review' && pending && (
        <PhotoReview
          photo={pending}
          problems={shotProblems(pending)}
          busy={busy}
          onUse={(reason) => void use(reason)}
          onRetake={() => {
            setRetaking(true)
            void discardShot(intakeId)
          }}
        />
      )}
      {consented && shown === 'saved' && saved && (
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
            {saved.override && (
              <p className="muted" data-testid="photo-override">
                {t('photo.overridden', { reason: saved.override.reason })}
              </p>
            )}
            <button
              type="button"
              className="button button-primary button-huge"
              data-testid="retake"
              onClick={() => setRetaking(true)}
            >
              {t('photo.retake')}
            </button>
          </div>
        </div>
      )}
      {consented && shown === 'sent' && sent && (
        <div className="photo-review" data-testid="photo-sent">
          <div className="photo-side">
            <p className="field-label">
              <span className="tag tag-ok">{t('outreach.session.sent')}</span>
            </p>
            <p data-testid="photo-sent-at">
              {t('photo.sentPurged', { at: sentTime(sent.ackedAt ?? sent.confirmedAt, lang) })}
            </p>
            {/* A retake replaces the photo the office already has: offered, never opened by itself. */}
            <button type="button" className="button" data-testid="retake" onClick={() => setRetaking(true)}>
              {t('photo.retakeSent')}
            </button>
          </div>
        </div>
      )}
      {consented && shown !== 'review' && shown !== 'stopped' && shown !== 'sent' && (
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
      )}
    </div>
  )
}

/** When the photo was sent, as staff read a clock: the date too when it was not today. */
function sentTime(iso: string, lang: string): string {
  const at = new Date(iso)
  const locale = lang === 'ja' ? 'ja-JP' : 'en-GB'
  const zone = { timeZone: 'Asia/Tokyo' } as const
  const day = (d: Date) => d.toLocaleDateString('en-CA', zone)
  const time = at.toLocaleTimeString(locale, { ...zone, hour: '2-digit', minute: '2-digit' })
  if (day(at) === day(new Date())) return time
  return `${at.toLocaleDateString(locale, { ...zone, month: 'short', day: 'numeric' })} ${time}`
}

export type { FaceProblem }
