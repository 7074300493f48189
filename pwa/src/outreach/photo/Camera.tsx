import { useRef, useState } from 'react'
import Webcam from 'react-webcam'
import { useT } from '../../app/i18n'
import { PhotoGuide } from './PhotoGuide'

type Props = { onShutter: (video: HTMLVideoElement) => void; busy: boolean }

/** Ask for a large frame from the back camera: staff hold the tablet facing the visitor. */
const CONSTRAINTS: MediaTrackConstraints = {
  facingMode: { ideal: 'environment' },
  width: { ideal: 1920 },
  height: { ideal: 1080 },
}

/**
 * The live camera in a 7:9 frame. The video is cropped by `object-fit: cover` to the same centred
 * 7:9 rectangle the photo keeps, so what staff line up on the guide is what is saved.
 */
export function Camera({ onShutter, busy }: Props) {
  const t = useT()
  const webcam = useRef<Webcam>(null)
  const [ready, setReady] = useState(false)
  const [failed, setFailed] = useState(false)

  function shoot() {
    const video = webcam.current?.video
    if (video && video.videoWidth > 0 && !busy) onShutter(video)
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
          onUserMedia={() => setReady(true)}
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
        {busy ? t('photo.processing') : t('photo.shutter')}
      </button>
    </div>
  )
}
