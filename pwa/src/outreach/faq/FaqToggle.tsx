import { Suspense, useState } from 'react'
import { useT } from '../../app/i18n'
import { lazyScreen } from '../../app/lazy-screen'
import { ScreenBoundary } from '../../app/ScreenBoundary'
import '../../desk/faq/faq.css'

// Its own chunk: MiniSearch and the index load when staff first open the FAQ, not with the app.
const FaqOffline = lazyScreen(() => import('./FaqOffline').then((m) => m.FaqOffline))

/** A button on every outreach screen that opens the offline FAQ below it, keeping the screen's place. */
export function FaqToggle() {
  const t = useT()
  const [shown, setShown] = useState(false)
  return (
    <div>
      <button
        type="button"
        className="button"
        aria-expanded={shown}
        data-testid="tablet-faq-open"
        onClick={() => setShown((s) => !s)}
      >
        {t('faq.tablet.open')}
      </button>
      {shown && (
        <ScreenBoundary>
          <Suspense fallback={<p className="loading">{t('loading')}</p>}>
            <FaqOffline />
          </Suspense>
        </ScreenBoundary>
      )}
    </div>
  )
}
