import { PHOTO_GUIDE } from '@madoguchi/shared'

const pct = (fraction: number) => `${(fraction * 100).toFixed(2)}%`

/**
 * The 7:9 guide: where the top of the head (4 mm of 45) and the chin (38 mm of 45) belong, each
 * with its ±2 mm band, and an oval for the face between them. Decorative for screen readers: the
 * instruction is given in words beside it.
 */
export function PhotoGuide() {
  const { headTop, chin, tolerance } = PHOTO_GUIDE
  return (
    <div className="photo-guide" aria-hidden="true">
      <div className="guide-band" style={{ top: pct(headTop - tolerance), height: pct(2 * tolerance) }} />
      <div className="guide-line" data-line="head" style={{ top: pct(headTop) }} />
      <div className="guide-band" style={{ top: pct(chin - tolerance), height: pct(2 * tolerance) }} />
      <div className="guide-line" data-line="chin" style={{ top: pct(chin) }} />
      <div className="guide-oval" style={{ top: pct(headTop), height: pct(chin - headTop) }} />
    </div>
  )
}
