import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import '../ui/base.css'
import '../ui/buttons.css'
import '../ui/options.css'
import '../ui/form.css'
import '../ui/tabs.css'
import '../ui/listbox.css'
import '../ui/table.css'
import '../ui/shell.css'
import '../sync/outbox.css'
import { can } from '@madoguchi/shared'
import { App, preloadHome } from './App'
import { afterFirstScreen } from './after-paint'
import { hasCachedSignIn } from './cached-session'
import { loadCatalog, useLang } from './i18n'
import { loadAgainUntilLoaded } from './load-again'
import { bootstrapSession, revalidateSession, useSession } from './session'

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

const render = () =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  )
// Another language than Japanese chosen on this device: its texts first, so the first screen is not
// shown in Japanese for a moment (if they cannot load, it is, rather than nothing).
const lang = useLang.getState().lang
if (lang === 'ja') render()
else loadCatalog(lang).then(render, render)

void bootstrapSession()
if (hasCachedSignIn()) preloadHome(location.pathname)
// Back online after starting from the cached sign-in: let the server confirm (or end) it.
window.addEventListener('online', () => void revalidateSession())
// The sync engine loads once someone whose device syncs (the permission sync.device) is signed in;
// the sign-in page and operators' desks never load it. From then on it starts and stops with the
// session itself. It loads once the first screen is painted (after-paint.ts): the lock screen comes first.
const stopWatching = useSession.subscribe(loadSyncWhenNeeded)
loadSyncWhenNeeded()
function loadSyncWhenNeeded() {
  const { status, session } = useSession.getState()
  if (status !== 'signedIn' || !session || !can(session.user.role, 'sync.device')) return
  stopWatching()
  afterFirstScreen(() =>
    loadAgainUntilLoaded(
      () => import('../sync/start'),
      (m) => m.runSyncWhileSignedIn(),
    ),
  )
}

// A tablet that has synced keeps purging what the server confirmed even while signed out (after a
// sign-out, a 401, or a restart at the sign-in page): the purge needs no session. Only a device that
// ever synced has the marker (sync/marker.ts), so a desk's browser never loads this.
try {
  if (localStorage.getItem('madoguchi.deviceMarker'))
    afterFirstScreen(() =>
      loadAgainUntilLoaded(
        () => import('../sync/purge-timer'),
        (m) => m.keepPurging(),
      ),
    )
} catch {
  // storage blocked: the purge starts with the sync engine at the next sign-in
}

// Browser tests drive the sync engine through hooks that exist only in the test build (`vite build
// --mode test`, pwa/dist-test). In the production build the condition is the constant false, so the
// hooks are neither bundled nor precached; a tablet cannot be talked into loading them.
try {
  if (import.meta.env.MODE === 'test' && localStorage.getItem('madoguchi.testHooks') === '1')
    void import('../sync/test-hooks')
} catch {
  // storage blocked: no hooks
}
