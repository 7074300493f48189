import type { MessageKey } from '@madoguchi/shared'
import { useState } from 'react'
import { useT } from '../../app/i18n'
import { CSV_TABLES, csvUrl } from './api'

/** One link per CSV file of the month; Excel opens each by double-click (UTF-8 with BOM by default). */
export function CsvLinks({ month }: { month: string }) {
  const t = useT()
  const [sjis, setSjis] = useState(false)
  return (
    <section className="rp-csv" aria-labelledby="rp-csv-title" data-testid="report-csv">
      <h2 id="rp-csv-title">{t('reports.csv.title')}</h2>
      <ul>
        {CSV_TABLES.map((table) => (
          <li key={table}>
            <a href={csvUrl(month, table, sjis)} download data-testid={`csv-${table}`}>
              {t(`reports.csv.${table}` as MessageKey)}
            </a>
          </li>
        ))}
      </ul>
      <label>
        <input type="checkbox" checked={sjis} onChange={(e) => setSjis(e.target.checked)} />{' '}
        {t('reports.csv.sjis')}
      </label>
    </section>
  )
}
