import { describe, expect, it } from 'vitest'
import { hasFrame, type VideoLike, whenFirstFrame } from './frame'

/** A camera <video> as the browser reports it while a stream starts, stepped by hand. */
class FakeVideo extends EventTarget {
  videoWidth = 0
  videoHeight = 0
  readyState = 0
  frameCallbacks = new Map<number, () => void>()
  private nextHandle = 1

  /** The stream's size is known (loadedmetadata): still no picture. */
  metadata() {
    this.videoWidth = 1280
    this.videoHeight = 720
    this.readyState = 1
  }
  /** The first frame has arrived. */
  frame() {
    this.readyState = 4
  }
  withFrameCallbacks(): this & Required<Pick<VideoLike, 'requestVideoFrameCallback'>> {
    Object.assign(this, {
      requestVideoFrameCallback: (callback: () => void) => {
        const handle = this.nextHandle++
        this.frameCallbacks.set(handle, callback)
        return handle
      },
      cancelVideoFrameCallback: (handle: number) => this.frameCallbacks.delete(handle),
    })
    return this as this & Required<Pick<VideoLike, 'requestVideoFrameCallback'>>
  }
  /** The browser presents a frame: each waiting callback runs once. */
  present() {
    const waiting = [...this.frameCallbacks.values()]
    this.frameCallbacks.clear()
    for (const callback of waiting) callback()
  }
}

describe('hasFrame', () => {
  it('is false with only the stream size known, as a shot then is black', () => {
    const video = new FakeVideo()
    expect(hasFrame(video)).toBe(false)
    video.metadata()
    expect(hasFrame(video)).toBe(false)
    video.frame()
    expect(hasFrame(video)).toBe(true)
  })
})

describe('whenFirstFrame', () => {
  it('waits for the first presented frame where the browser reports frames', () => {
    const video = new FakeVideo().withFrameCallbacks()
    let ready = 0
    whenFirstFrame(video, () => ready++)
    video.metadata()
    video.present() // presented before any data: not yet
    expect(ready).toBe(0)
    video.frame()
    video.present()
    video.present()
    expect(ready).toBe(1)
  })

  it('stops waiting when the camera goes away first', () => {
    const video = new FakeVideo().withFrameCallbacks()
    let ready = 0
    whenFirstFrame(video, () => ready++)()
    video.metadata()
    video.frame()
    video.present()
    expect(ready).toBe(0)
    expect(video.frameCallbacks.size).toBe(0)
  })

  it('falls back to media events elsewhere, and not before the video holds a frame', () => {
    const video = new FakeVideo()
    let ready = 0
    const stop = whenFirstFrame(video, () => ready++)
    video.metadata()
    video.dispatchEvent(new Event('timeupdate'))
    expect(ready).toBe(0)
    video.frame()
    video.dispatchEvent(new Event('playing'))
    video.dispatchEvent(new Event('timeupdate'))
    expect(ready).toBe(1)
    stop()
  })

  it('is ready at once for a video that already shows a frame', () => {
    const video = new FakeVideo()
    video.metadata()
    video.frame()
    let ready = 0
    whenFirstFrame(video, () => ready++)
    expect(ready).toBe(1)
  })
})
