import { isLocalDate, type LocalDate } from '@madoguchi/shared'
import { type FormEvent, useState } from 'react'
import { useT } from '../../app/i18n'
import { createSession } from '../create'
import { openSession } from '../place'
import { useReference } from '../reference'

/** Staff names typed as 「山田、佐藤」 or "Yamada, Sato". */
export function splitNames(text: string): string[] {
  return text
    .split(/[、,，]/)
    .map((name) => name.trim())
    .filter((name) => name !== '')
    .slice(0, 10)
}

/** Start the day's session offline: a site from the reference data, the date, the staff on duty. */
export function NewSessionForm({ today }: { today: LocalDate }) {
  const t = useT()
  const reference = useReference()
  const [siteId, setSiteId] = useState('')
  const [date, setDate] = useState<string>(today)
  const [staff, setStaff] = useState('')
  const [error, setError] = useState<string | null>(null)

  async function onSubmit(event: FormEvent) {
    event.preventDefault()
    if (!siteId) return setError(t('outreach.sessions.chooseSite'))
    if (!isLocalDate(date)) return setError(t('field.invalid_date'))
    try {
      const session = await createSession(siteId, date, splitNames(staff))
      openSession(session.id)
    } catch {
      setError(t('outreach.save.failed'))
    }
  }

  return (
    <form
      className="panel form"
      aria-labelledby="new-session-title"
      data-testid="new-session"
      onSubmit={onSubmit}
      noValidate
    >
      <h2 className="section-title" id="new-session-title">
        {t('outreach.sessions.new')}
      </h2>
      <div className="form-alert" role="alert">
        {error}
      </div>
      <label className="field">
        <span className="field-label">{t('outreach.sessions.site')}</span>
        <select className="select" name="siteId" value={siteId} onChange={(e) => setSiteId(e.target.value)}>
          <option value="">{t('outreach.sessions.chooseSite')}</option>
          {reference.sites.map((site) => (
            <option key={site.id} value={site.id}>
              {site.name}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('outreach.sessions.date')}</span>
        <input
          className="field-input"
          type="date"
          name="date"
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field-label">{t('outreach.sessions.staff')}</span>
        <input
          className="field-input"
          name="staffNames"
          value={staff}
          onChange={(e) => setStaff(e.target.value)}
        />
      </label>
      <button type="submit" className="button button-primary button-large" data-testid="session-create">
        {t('outreach.sessions.create')}
      </button>
    </form>
  )
}
