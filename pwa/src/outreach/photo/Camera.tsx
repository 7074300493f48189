import { useEffect, useRef, useState } from 'react'
import Webcam from 'react-webcam'
import { useT } from '../../app/i18n'
import { hasFrame, whenFirstFrame } from './frame'
import { PhotoGuide } from './PhotoGuide'

type Props = { onShutter: (video: HTMLVideoElement) => void; busy: boolean }

/**
 * The back camera (staff hold the tablet facing the visitor) at up to 4K: the centre 7:9 crop of a
 * 2160-line frame is tall enough for the 1200×1543 target. A camera that cannot gives its best,
 * and a 1080-line frame still makes an 840×1080 photo, inside the 480–6000 px rule.
 */
const CONSTRAINTS: MediaTrackConstraints = {
  facingMode: { ideal: 'environment' },
  width: { ideal: 3840 },
  height: { ideal: 2160 },
}

/**
 * The live camera in a 7:9 frame. The video is cropped by `object-fit: cover` to the same centred
 * 7:9 rectangle the photo keeps, so what staff line up on the guide is what is saved.
 */
export function Camera({ onShutter, busy }: Props) {
  const t = useT()
  const webcam = useRef<Webcam>(null)
  const [streaming, setStreaming] = useState(false)
  const [ready, setReady] = useState(false)
  const [failed, setFailed] = useState(false)

  // The stream arriving is not a picture yet: the shutter waits for the first frame on screen.
  useEffect(() => {
    const video = webcam.current?.video
    if (!streaming || !video) return
    return whenFirstFrame(video, () => setReady(true))
  }, [streaming])

  function shoot() {
    const video = webcam.current?.video
    if (video && ready && hasFrame(video) && !busy) onShutter(video)
  }

  if (failed) {
    return (
      <p className="form-alert" role="alert" data-testid="camera-error">
        {t('photo.cameraError')}
      </p>
    )
  }
  return (
    <div className="camera" data-testid="camera">
      <div className="photo-frame">
        <Webcam
          ref={webcam}
          className="camera-video"
          audio={false}
          videoConstraints={CONSTRAINTS}
          onUserMedia={() => setStreaming(true)}
          onUserMediaError={() => setFailed(true)}
        />
        <PhotoGuide />
      </div>
      <p className="muted">{t('photo.guide')}</p>
      <button
        type="button"
        className="button button-primary button-huge"
        data-testid="shutter"
        aria-disabled={!ready || busy || undefined}
        onClick={shoot}
      >
        {busy ? t('photo.processing') : ready ? t('photo.shutter') : t('photo.cameraStarting')}
      </button>
    </div>
  )
}
