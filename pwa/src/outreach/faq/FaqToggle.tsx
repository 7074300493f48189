import { lazy, Suspense, useState } from 'react'
import { useT } from '../../app/i18n'
import '../../desk/faq/faq.css'

// Its own chunk: MiniSearch and the index load when staff first open the FAQ, not with the app.
const FaqOffline = lazy(() => import('./FaqOffline').then((m) => ({ default: m.FaqOffline })))

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
        <Suspense fallback={<p className="loading">{t('loading')}</p>}>
          <FaqOffline />
        </Suspense>
      )}
    </div>
  )
}
