import type { LocalDate } from '@madoguchi/shared'
import { isLocalDate } from '@madoguchi/shared'
import { useState } from 'react'
import { useT } from '../../../app/i18n'
import { exportUrl } from '../api'
import { Input } from './Input'
import { firstOfMonth, lastOfMonth } from './month-grid'

type Encoding = 'utf8' | 'sjis'

/** Bookings of a date range as CSV for Excel: a plain link the browser downloads with the session cookie. */
export function CsvExport({ around }: { around: LocalDate }) {
  const t = useT()
  const [from, setFrom] = useState<string>(firstOfMonth(around))
  const [to, setTo] = useState<string>(lastOfMonth(around))
  const [encoding, setEncoding] = useState<Encoding>('utf8')
  const valid = isLocalDate(from) && isLocalDate(to) && from <= to
  const rangeError = isLocalDate(from) && isLocalDate(to) && from > to ? [t('desk.calendar.csvRange')] : []
  return (
    <section className="cal-section" aria-labelledby="cal-csv" data-testid="csv-export">
      <h2 id="cal-csv">{t('desk.calendar.csv')}</h2>
      <p className="muted">{t('desk.calendar.csvLead')}</p>
      <div className="cal-row">
        <Input
          id="csv-from"
          type="date"
          label={t('desk.calendar.from')}
          value={from}
          onChange={setFrom}
          testId="csv-from"
        />
        <Input
          id="csv-to"
          type="date"
          label={t('desk.calendar.to')}
          value={to}
          onChange={setTo}
          errors={rangeError}
          testId="csv-to"
        />
      </div>
      <fieldset className="cal-plain cal-encoding">
        <legend className="cal-label">{t('desk.calendar.encoding')}</legend>
        {(['utf8', 'sjis'] as const).map((value) => (
          <label key={value} className="cal-radio">
            <input
              type="radio"
              name="encoding"
              value={value}
              checked={encoding === value}
              onChange={() => setEncoding(value)}
              data-testid={`csv-${value}`}
            />
            {t(`desk.calendar.encoding.${value}`)}
          </label>
        ))}
      </fieldset>
      {encoding === 'sjis' && (
        <p className="muted" data-testid="csv-sjis-note">
          {t('desk.calendar.encoding.sjisNote')}
        </p>
      )}
      <div className="actions">
        {valid ? (
          <a
            className="button button-primary"
            href={exportUrl(from, to, encoding)}
            download
            data-testid="csv-download"
          >
            {t('desk.calendar.download')}
          </a>
        ) : (
          <span className="button button-primary" aria-disabled="true">
            {t('desk.calendar.download')}
          </span>
        )}
      </div>
    </section>
  )
}
