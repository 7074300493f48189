import { useT } from '../../../app/i18n'
import { PageTitle } from '../../../ui/PageTitle'

/** The supervisor's counter calendar (month view, editor, CSV export): not built yet. */
export function CalendarScreen() {
  const t = useT()
  return (
    <section className="screen" data-testid="booking-calendar">
      <PageTitle title={t('desk.calendar.title')} />
      <p className="muted">{t('home.comingSoon')}</p>
    </section>
  )
}
