/** The parts of a <video> that say whether it has a picture, so the rule is testable without a DOM. */
export type VideoLike = Pick<
  HTMLVideoElement,
  'videoWidth' | 'videoHeight' | 'readyState' | 'addEventListener' | 'removeEventListener'
> &
  Partial<Pick<HTMLVideoElement, 'requestVideoFrameCallback' | 'cancelVideoFrameCallback'>>

// HTMLMediaElement.HAVE_CURRENT_DATA, spelled out: there is no HTMLMediaElement outside a browser.
const HAVE_CURRENT_DATA = 2

/**
 * True once the video says it holds a frame to draw: a camera stream has its size (`videoWidth`)
 * before its first frame, and drawing it then gives a black picture, which the checks call too dark.
 * Necessary but not enough in Chromium, see `whenFirstFrame`.
 */
export function hasFrame(video: VideoLike): boolean {
  return video.videoWidth > 0 && video.videoHeight > 0 && video.readyState >= HAVE_CURRENT_DATA
}

const EVENTS = ['loadeddata', 'playing', 'timeupdate'] as const

/**
 * Calls `ready` once, when the camera's first real frame is on screen; returns a function that stops
 * waiting. Where the browser has `requestVideoFrameCallback` that is the first frame it presents:
 * Chromium reports a camera video as HAVE_ENOUGH_DATA, with its size, for some 40 ms in which drawing
 * it still gives black (measured with the test's fake camera), so the media events alone are not
 * enough there. Elsewhere, the first media event after which the video holds a frame. Real tablets
 * show a black first frame too, so the shutter waits for this on every device.
 */
export function whenFirstFrame(video: VideoLike, ready: () => void): () => void {
  const { requestVideoFrameCallback: request, cancelVideoFrameCallback: cancel } = video
  if (request && cancel) {
    let handle = 0
    const next = () => {
      handle = request.call(video, () => (hasFrame(video) ? ready() : next()))
    }
    next()
    return () => cancel.call(video, handle)
  }
  const check = () => {
    if (!hasFrame(video)) return
    stop()
    ready()
  }
  const stop = () => {
    for (const event of EVENTS) video.removeEventListener(event, check)
  }
  for (const event of EVENTS) video.addEventListener(event, check)
  check()
  return stop
}
