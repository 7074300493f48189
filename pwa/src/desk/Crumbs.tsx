import { useT } from '../app/i18n'
import { navigate } from '../app/navigation'
import { PATHS } from '../app/router'

export interface Crumb {
  label: string
  path: string
}

/**
 * Where this screen sits under the desk home: 窓口 › 予約 › … Every crumb but the last is a link,
 * so the way back to the desk home is one click from any desk screen.
 */
export function Crumbs({ trail }: { trail: readonly Crumb[] }) {
  const t = useT()
  const all: Crumb[] = [{ label: t('app.name'), path: PATHS.desk }, ...trail]
  return (
    <nav className="crumbs" aria-label={t('desk.crumbs')} data-testid="crumbs">
      <ol>
        {all.map((crumb, i) =>
          i === all.length - 1 ? (
            <li key={crumb.path} aria-current="page">
              {crumb.label}
            </li>
          ) : (
            <li key={crumb.path}>
              <a
                href={crumb.path}
                onClick={(event) => {
                  event.preventDefault()
                  navigate(crumb.path)
                }}
              >
                {crumb.label}
              </a>
            </li>
          ),
        )}
      </ol>
    </nav>
  )
}
