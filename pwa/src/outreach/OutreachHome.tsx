import { useT } from '../app/i18n'
import { Card } from '../ui/Card'
import { PageTitle } from '../ui/PageTitle'

/** The tablet's home at a pop-up site. Sessions and visitors arrive in their own issues. */
export function OutreachHome() {
  const t = useT()
  return (
    <section className="screen screen-outreach" data-testid="outreach-home" aria-labelledby="outreach-title">
      <PageTitle id="outreach-title" title={t('home.outreach.title')} />
      <p className="lead">{t('home.outreach.lead')}</p>
      <div className="cards">
        <Card title={t('home.section.sessions')} testId="outreach-sessions">
          <p className="muted">{t('home.comingSoon')}</p>
        </Card>
        <Card title={t('home.section.visitors')} testId="outreach-visitors">
          <p className="muted">{t('home.comingSoon')}</p>
        </Card>
      </div>
    </section>
  )
}
