import { Component, type ReactNode, useEffect } from 'react'
import { useT } from './i18n'
import { loadFailedScreensAgain, ScreenLoadError } from './lazy-screen'

interface Props {
  children: ReactNode
  /** A new value (the path) starts over: moving to another screen leaves the failure behind. */
  resetKey?: string
  /** Within a bar: the retry button alone, with the message as its label. */
  compact?: boolean
}

interface State {
  error: unknown
  /** The resetKey the error happened under. */
  key: string | undefined
}

/**
 * Holds a screen that failed (its code did not load, or it threw while drawing) to its own place: the
 * status bar, the call bar and the rest of the page stay, with a message and a button that tries the
 * screen again, where React would otherwise take the whole page down to a blank one. The call above the
 * desk's screens stays open, and the tablet's entries are saved in IndexedDB as they are typed.
 */
export class ScreenBoundary extends Component<Props, State> {
  override state: State = { error: null, key: undefined }

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error }
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    if (state.error === null) return { key: props.resetKey }
    return props.resetKey !== state.key ? { error: null, key: props.resetKey } : null
  }

  retry = () => {
    loadFailedScreensAgain()
    this.setState({ error: null })
  }

  override render() {
    if (this.state.error === null) return this.props.children
    return (
      <ScreenFailed
        loadFailed={this.state.error instanceof ScreenLoadError}
        compact={this.props.compact === true}
        onRetry={this.retry}
      />
    )
  }
}

function ScreenFailed({
  loadFailed,
  compact,
  onRetry,
}: {
  loadFailed: boolean
  compact: boolean
  onRetry: () => void
}) {
  const t = useT()
  // Code that did not arrive is asked for again as soon as the network is back, unprompted.
  useEffect(() => {
    if (!loadFailed) return
    window.addEventListener('online', onRetry)
    return () => window.removeEventListener('online', onRetry)
  }, [loadFailed, onRetry])
  const message = t(loadFailed ? 'screen.loadFailed' : 'screen.failed')
  if (compact)
    return (
      <button
        type="button"
        className="link-button"
        title={message}
        data-testid="screen-retry"
        onClick={onRetry}
      >
        {t('screen.retryPart')}
      </button>
    )
  return (
    <div className="notice" role="alert" data-testid="screen-failed">
      <span>{message}</span>
      <button type="button" className="button" data-testid="screen-retry" onClick={onRetry}>
        {t('action.retry')}
      </button>
    </div>
  )
}
