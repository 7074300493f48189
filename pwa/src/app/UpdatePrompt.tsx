import { useEffect, useState } from 'react'
import { Workbox } from 'workbox-window'
import { afterFirstScreen } from './after-paint'
import { useT } from './i18n'

/** Tablets stay open all day: look for a new version this often while online. */
const UPDATE_CHECK_MS = 60 * 60 * 1000

/** One registration per page, whatever React does with effects. */
let workbox: Workbox | null = null

function registerOnce(): Workbox {
  if (workbox) return workbox
  const wb = new Workbox('/sw.js', { scope: '/' })
  workbox = wb
  // Registered once the page has loaded and its first screen is painted (Workbox advises after load):
  // installing downloads every file for offline use, which on a slow line would otherwise hold up the
  // first screen's own files.
  const register = () =>
    afterFirstScreen(() =>
      wb.register().catch(() => {
        // No service worker (private mode, blocked): the app works online, just not offline.
      }),
    )
  if (document.readyState === 'complete') register()
  else window.addEventListener('load', register, { once: true })
  setInterval(() => {
    if (navigator.onLine) wb.update().catch(() => {})
  }, UPDATE_CHECK_MS)
  return wb
}

/**
 * Registers the service worker (production builds only) and, when a new version has installed and
 * is waiting, offers to switch now or later. We never switch by ourselves: a visitor may be
 * mid-intake, and the new version takes over only when staff choose to.
 */
export function UpdatePrompt() {
  const t = useT()
  const [waiting, setWaiting] = useState(false)

  useEffect(() => {
    if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return
    const wb = registerOnce()
    const onWaiting = () => setWaiting(true)
    wb.addEventListener('waiting', onWaiting)
    return () => wb.removeEventListener('waiting', onWaiting)
  }, [])

  if (!waiting || !workbox) return null
  const wb = workbox

  function update(): void {
    // The page reloads once the new worker controls it, so every file comes from the new version.
    wb.addEventListener('controlling', () => window.location.reload())
    wb.messageSkipWaiting()
  }

  return (
    <div className="update-prompt" role="status" data-testid="update-prompt">
      <p>{t('update.available')}</p>
      <div className="update-actions">
        <button type="button" className="button button-primary" data-testid="update-reload" onClick={update}>
          {t('update.reload')}
        </button>
        <button type="button" className="button" data-testid="update-later" onClick={() => setWaiting(false)}>
          {t('update.later')}
        </button>
      </div>
    </div>
  )
}
