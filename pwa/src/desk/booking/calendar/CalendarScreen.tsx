import type { MessageKey } from '@madoguchi/shared'
import { useState } from 'react'
import { useT } from '../../../app/i18n'
import { navigate } from '../../../app/navigation'
import { PATHS } from '../../../app/router'
import { PageTitle } from '../../../ui/PageTitle'
import { Tabs } from '../../../ui/Tabs'
import { Crumbs } from '../../Crumbs'
import { bookingApi } from '../api'
import { BookingTypesPanel } from './BookingTypesPanel'
import { CalendarEditor } from './CalendarEditor'
import { ClosureForm } from './ClosureForm'
import { CsvExport } from './CsvExport'
import { MonthPanel } from './MonthPanel'
import { useCalendarData, useCalendarRights } from './useCalendarData'
import { useCalendarEditor } from './useCalendarEditor'
import '../desk-booking.css'
import '../print.css'
import './calendar.css'
import './editor.css'

type Tab = 'month' | 'settings' | 'closure' | 'types' | 'csv'
const TABS: readonly { id: Tab; label: MessageKey }[] = [
  { id: 'month', label: 'desk.calendar.tab.month' },
  { id: 'settings', label: 'desk.calendar.tab.settings' },
  { id: 'closure', label: 'desk.closure.tab' },
  { id: 'types', label: 'desk.calendar.tab.types' },
  { id: 'csv', label: 'desk.calendar.tab.csv' },
]

/**
 * The counter calendar for supervisors (ux.md "The office"): the month with its use per day, the
 * calendar editor, the booking types and the CSV export. Operators and city staff see it read-only;
 * the CSV is for those the server lets export.
 */
export function CalendarScreen() {
  const t = useT()
  const rights = useCalendarRights()
  const data = useCalendarData(t)
  const editor = useCalendarEditor(data.doc, t, data.reloadDoc, data.saved)
  const [tab, setTab] = useState<Tab>('month')
  const tabs = TABS.filter(
    (x) => (x.id !== 'csv' || rights.canExport) && (x.id !== 'closure' || rights.canEdit),
  )

  return (
    <section className="screen screen-wide cal-screen" data-testid="booking-calendar">
      <Crumbs
        trail={[
          { label: t('desk.bookings.title'), path: PATHS.deskBookings },
          { label: t('desk.calendar.title'), path: PATHS.deskBookingCalendar },
        ]}
      />
      <div className="desk-head">
        <PageTitle title={t('desk.calendar.title')} />
        <nav className="desk-links no-print" aria-label={t('desk.bookings.links')}>
          <a
            href={PATHS.deskBookings}
            onClick={(event) => {
              event.preventDefault()
              navigate(PATHS.deskBookings)
            }}
          >
            {t('desk.bookings.title')}
          </a>
        </nav>
      </div>
      {data.problem && <p className="form-alert">{data.problem}</p>}
      <Tabs
        label={t('desk.calendar.title')}
        idPrefix="cal"
        tabs={tabs.map((x) => ({ id: x.id, label: t(x.label), testId: `tab-${x.id}` }))}
        selected={tab}
        onSelect={setTab}
        listClassName="cal-tabs no-print"
      >
        {tab === 'month' && <MonthPanel data={data} />}
        {tab === 'settings' && <CalendarEditor editor={editor} canEdit={rights.canEdit} />}
        {tab === 'closure' && rights.canEdit && (
          <ClosureForm
            version={data.doc?.version ?? null}
            onRecorded={() => void bookingApi.calendar().then(data.saved)}
          />
        )}
        {tab === 'types' && <BookingTypesPanel canEdit={rights.canEdit} />}
        {tab === 'csv' && rights.canExport && <CsvExport around={data.selected} />}
      </Tabs>
    </section>
  )
}
