import { useEffect, useRef } from 'react'
import { useT } from '../app/i18n'

type Props = {
  title: string
  id?: string
  /** Move keyboard focus here when the screen opens (off when a form field should get it). */
  focus?: boolean
}

/**
 * The screen's one `<h1>`. It also names the browser tab, and takes focus when the screen opens so
 * keyboard and screen-reader users start at the top of the new screen rather than somewhere stale.
 */
export function PageTitle({ title, id, focus = true }: Props) {
  const t = useT()
  const ref = useRef<HTMLHeadingElement>(null)
  const appName = t('app.name')

  useEffect(() => {
    document.title = `${title} | ${appName}`
  }, [title, appName])

  useEffect(() => {
    if (focus) ref.current?.focus()
  }, [focus])

  return (
    <h1 ref={ref} id={id} tabIndex={-1} className="page-title">
      {title}
    </h1>
  )
}
