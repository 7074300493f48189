import { readFileSync } from 'node:fs'
import {
  formatMmSs,
  formatRate,
  type MonthlyReport,
  type MonthSoFar,
  type RegularMeetingView,
  recordDate,
  type WeekTrend,
} from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { DESKTOP, screenshot, TABLET_PORTRAIT } from '../support/browser'
import { signInAtDesk } from '../support/desk'
import { browserSuite } from '../support/suite'

// A supervisor opens the monthly report on the seeded demo data: the figures on the page are the
// API's, the remarks are saved, a call-detail file is refused for its bad line and then imported,
// the CSV files download as Excel wants them, and the report prints to A4.

const desk = browserSuite({ viewport: DESKTOP })

async function download(testId: string): Promise<Buffer> {
  const [file] = await Promise.all([
    desk.page.waitForEvent('download'),
    desk.page.getByTestId(testId).click(),
  ])
  return readFileSync((await file.path()) as string)
}

function reportOf(month: string): Promise<MonthlyReport> {
  return desk.page.evaluate(async (m) => (await fetch(`/api/reports/${m}`)).json(), month)
}

const CDR_HEADER = '回線,発信者番号,着信日時,応答日時,終了日時'
/** The month whose 定例会 record the supervisor saves, which city staff then read. */
let meetingMonth = ''

describe('the monthly report', () => {
  it('shows the supervisor’s panel, then the month’s report with the API’s figures', async () => {
    await signInAtDesk(desk.page, desk.server.url, 'supervisor', 'demo-supervisor')
    await desk.page.getByTestId('dashboard-panel').getByTestId('dash-calls').waitFor()
    await desk.page.getByTestId('dash-heatmap').waitFor()
    // The weekly trends: twelve weeks, each row the API's figures, the chart labelled for a reader.
    await desk.page.getByTestId('dash-trends-table').waitFor()
    const trends: { weeks: WeekTrend[] } = await desk.page.evaluate(async () =>
      (await fetch('/api/reports/trends')).json(),
    )
    expect(trends.weeks).toHaveLength(12)
    expect(trends.weeks.reduce((n, w) => n + w.calls, 0)).toBeGreaterThan(0)
    const rows = desk.page.getByTestId('dash-trends-table').locator('tbody tr')
    expect(await rows.count()).toBe(12)
    for (const [i, w] of trends.weeks.entries()) {
      const cells = await rows.nth(i).locator('td').allTextContents()
      expect(cells, w.from).toEqual([
        String(w.calls),
        formatRate(w.answerRate),
        formatRate(w.firstContactResolution),
      ])
    }
    expect(
      await desk.page.getByTestId('dash-trends-chart').locator('svg').getAttribute('aria-label'),
    ).toContain(String(Math.max(...trends.weeks.map((w) => w.calls))))
    // The month so far against the same days of the previous month: the API's figures, formatted as
    // the report formats them, under headings naming both spans.
    await desk.page.getByTestId('dash-month-table').waitFor()
    const sofar: MonthSoFar = await desk.page.evaluate(async () =>
      (await fetch('/api/reports/month-so-far')).json(),
    )
    expect(sofar.current.from.slice(8)).toBe('01')
    expect(sofar.current.to).toBe(sofar.today)
    expect(sofar.current.figures.calls).toBeGreaterThan(0)
    expect(await desk.page.getByTestId('dash-month-current').textContent()).toContain(
      recordDate(sofar.current.from, 'ja'),
    )
    expect(await desk.page.getByTestId('dash-month-previous').textContent()).toContain(
      recordDate(sofar.previous.to, 'ja'),
    )
    const shown = async (figure: string) =>
      await desk.page
        .locator(`[data-testid="dash-month-table"] tr[data-figure="${figure}"] td`)
        .allTextContents()
    const both = (f: (x: MonthSoFar['current']['figures']) => string | number) => [
      String(f(sofar.current.figures)),
      String(f(sofar.previous.figures)),
    ]
    expect(await shown('calls')).toEqual(both((x) => x.calls))
    expect(await shown('rate')).toEqual(both((x) => formatRate(x.answerRate)))
    expect(await shown('fcr')).toEqual(both((x) => formatRate(x.firstContactResolution)))
    expect(await shown('talk')).toEqual(both((x) => formatMmSs(x.averageTalkSeconds)))
    expect(await shown('complaints')).toEqual(both((x) => x.complaints))
    expect(await shown('made')).toEqual(both((x) => x.bookingsMade))
    expect(await shown('attended')).toEqual(both((x) => x.bookingsAttended))
    await screenshot(desk.page, 'desk-home-dashboard-1920x1080')
    await desk.page.getByTestId('desk-reports').locator('a').click()
    await desk.page.getByTestId('report-body').waitFor()
    const month = await desk.page.getByTestId('report-month').inputValue()
    const r = await reportOf(month)
    expect(await desk.page.getByTestId('report-cover-month').textContent()).toBe(
      `${r.labels.wareki}（${r.labels.seireki}）`,
    )
    expect(await desk.page.getByTestId('fig-incoming').textContent()).toBe(String(r.calls.incoming))
    expect(await desk.page.getByTestId('fig-talk').textContent()).toBe(formatMmSs(r.calls.averageTalkSeconds))
    expect(r.calls.incoming).toBeGreaterThan(0)
    expect(await desk.page.getByTestId('report-faq-live').textContent()).toBe(
      String(r.faq.available ? r.faq.live : -1),
    )
    await screenshot(desk.page, 'report-1920x1080')
    await desk.page.setViewportSize(TABLET_PORTRAIT)
    await screenshot(desk.page, 'report-768x1024')
    await desk.page.setViewportSize(DESKTOP)
  })

  it('saves the remarks, which the report then shows', async () => {
    await desk.page.getByTestId('remarks-input').fill('年末に向けて予約の問い合わせが増加した。')
    await desk.page.getByTestId('remarks-save').click()
    await desk.page.getByTestId('report-remarks-text').filter({ hasText: '年末に向けて' }).waitFor()
    expect(await desk.page.getByTestId('report-remarks-text').textContent()).toBe(
      '年末に向けて予約の問い合わせが増加した。',
    )
  })

  it('refuses a call-detail file with a bad line, naming it, then imports a good one', async () => {
    const month = await desk.page.getByTestId('report-month').inputValue()
    const day = `${month.replace('-', '/')}/15`
    const bad = [
      CDR_HEADER,
      `9,0120000000,${day} 10:00:00,${day} 10:00:05,${day} 10:03:00`,
      `9,0120000000,${day} 25:00:00,,${day} 11:00:30`,
    ]
    await desk.page.getByTestId('cdr-provider').fill('e2e-pbx')
    await desk.page.getByTestId('cdr-file').setInputFiles({
      name: 'bad.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(`\uFEFF${bad.join('\r\n')}`),
    })
    await desk.page.getByTestId('cdr-preview').click()
    await desk.page.getByTestId('cdr-problems').waitFor()
    expect(await desk.page.getByTestId('cdr-problems').textContent()).toContain('3 行目')
    expect(await desk.page.getByTestId('cdr-run').isDisabled()).toBe(true)
    const good = [
      CDR_HEADER,
      `9,0120000000,${day} 10:00:00,${day} 10:00:05,${day} 10:03:00`,
      `9,0120000000,${day} 11:00:00,,${day} 11:00:30`,
    ]
    await desk.page
      .getByTestId('cdr-file')
      .setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from(good.join('\r\n')) })
    await desk.page.getByTestId('cdr-preview').click()
    await desk.page.getByTestId('cdr-summary').waitFor()
    expect(await desk.page.getByTestId('cdr-summary').textContent()).toContain('2 件')
    const before = (await reportOf(month)).calls.incoming
    await desk.page.getByTestId('cdr-run').click()
    await desk.page.getByTestId('cdr-message').getByText('2 件を取り込みました', { exact: false }).waitFor()
    expect((await reportOf(month)).calls.incoming).toBe(before + 2)
  })

  it('downloads CSV files Excel opens: BOM, CRLF, Japanese headers', async () => {
    const summary = await download('csv-summary')
    expect([...summary.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = summary.subarray(3).toString('utf8')
    expect(text.split('\r\n')[0]).toBe('対象月,入電件数,応答件数,応答率,一次回答件数,一次回答率,平均通話時間')
    expect(text.replace(/\r\n/g, '')).not.toContain('\n')
    const plans = await download('csv-plans')
    expect([...plans.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(plans.subarray(3).toString('utf8').split('\r\n')[0]).toBe(
      '実施日,予定時間,会場,結果,実施回数,来場者数,申請受付数',
    )
    const calls = await download('csv-calls')
    expect([...calls.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = calls.subarray(3).toString('utf8').split('\r\n')
    expect(lines[0]?.startsWith('開始日時,応答日時,終了日時,回線')).toBe(true)
    expect(lines.length).toBeGreaterThan(100)
    expect(lines[1]).toMatch(/^\d{4}\/\d{2}\/\d{2} \d{2}:\d{2}:\d{2},/)
  })

  it('prints to A4: a cover page, then the report', async () => {
    await desk.page.emulateMedia({ media: 'print' })
    const pdf = Buffer.from(await desk.page.pdf({ format: 'A4', preferCSSPageSize: true }))
    await desk.page.emulateMedia({ media: 'screen' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []
    expect(pages.length).toBeGreaterThanOrEqual(3)
  })

  it('keeps the 定例会 record: agenda from the open items, decisions and follow-ups, refused field shown, A4 print', async () => {
    const month = await desk.page.getByTestId('report-month').inputValue()
    meetingMonth = month
    await desk.page.getByTestId('report-meeting').click()
    await desk.page.getByTestId('meeting-screen').waitFor()
    const view: RegularMeetingView = await desk.page.evaluate(
      async (m) => (await fetch(`/api/reports/${m}/meeting`)).json(),
      month,
    )
    expect(view.meeting).toBeNull()
    // The agenda is prefilled with what the report suggests, one editable row per item.
    expect(view.suggestedAgenda.length).toBeGreaterThan(0)
    for (const [i, item] of view.suggestedAgenda.entries())
      expect(await desk.page.getByTestId(`meeting-agenda-${i}`).inputValue()).toBe(item.text)
    await desk.page.getByTestId('meeting-heldOn').fill('2026-12-10')
    await desk.page.getByTestId('meeting-place').fill('恵庭市役所 第2会議室')
    await desk.page.getByTestId('meeting-attendee-0-name').fill('市民 課長')
    await desk.page.getByTestId('meeting-attendee-0-organisation').fill('恵庭市 市民課')
    await desk.page.getByTestId('meeting-decision-0').fill('土日の午前に予約枠を増やす')
    await desk.page.getByTestId('meeting-followUp-0-what').fill('増枠の案を作る')
    await desk.page.getByTestId('meeting-followUp-0-owner').fill('監督 真理')
    // A follow-up due before the meeting: refused, the message under its field, nothing saved.
    await desk.page.getByTestId('meeting-followUp-0-due').fill('2026-12-01')
    await desk.page.getByTestId('meeting-save').click()
    await desk.page.getByText('期日が会議の日より前です。').waitFor()
    expect(await desk.page.getByTestId('meeting-followUp-0-due').getAttribute('aria-invalid')).toBe('true')
    await desk.page.getByTestId('meeting-followUp-0-due').fill('2026-12-20')
    await desk.page.getByTestId('meeting-save').click()
    await desk.page.getByTestId('meeting-status').getByText('第1版', { exact: false }).waitFor()
    const saved: RegularMeetingView = await desk.page.evaluate(
      async (m) => (await fetch(`/api/reports/${m}/meeting`)).json(),
      month,
    )
    expect(saved.meeting).toMatchObject({
      heldOn: '2026-12-10',
      attendees: [{ name: '市民 課長', organisation: '恵庭市 市民課' }],
      decisions: ['土日の午前に予約枠を増やす'],
      followUps: [{ what: '増枠の案を作る', owner: '監督 真理', due: '2026-12-20' }],
      agenda: view.suggestedAgenda,
    })
    const doc = desk.page.getByTestId('meeting-document')
    expect(await doc.textContent()).toContain('土日の午前に予約枠を増やす')
    await screenshot(desk.page, 'meeting-1920x1080')
    await desk.page.emulateMedia({ media: 'print' })
    expect(await desk.page.getByTestId('meeting-save').isVisible()).toBe(false)
    expect(await doc.isVisible()).toBe(true)
    const pdf = Buffer.from(await desk.page.pdf({ format: 'A4', preferCSSPageSize: true }))
    await desk.page.emulateMedia({ media: 'screen' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    // A4 portrait: 210 × 297 mm, 595.3 × 841.9 points (Chromium writes 594.96 × 841.92).
    const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'))
    expect(Math.round(Number(box?.[1]))).toBe(595)
    expect(Math.round(Number(box?.[2]))).toBe(842)
  })

  it('city staff read the 定例会 record and print it, with no form to edit; the server refuses their save', async () => {
    await desk.page.getByTestId('sign-out').click()
    await desk.page.waitForURL('**/sign-in')
    await signInAtDesk(desk.page, desk.server.url, 'city', 'demo-city')
    await desk.page.goto(`${desk.server.url}/desk/reports/meeting?month=${meetingMonth}`)
    const doc = desk.page.getByTestId('meeting-document')
    await doc.waitFor()
    const text = await doc.textContent()
    expect(text).toContain('土日の午前に予約枠を増やす')
    expect(text).toContain('恵庭市 市民課')
    expect(text).toContain('増枠の案を作る')
    // Read-only: no save button, no field of the form, not even the agenda's rebuild.
    expect(await desk.page.getByTestId('meeting-save').count()).toBe(0)
    expect(await desk.page.getByTestId('meeting-suggest').count()).toBe(0)
    expect(await desk.page.getByTestId('meeting-screen').locator('input, textarea, select').count()).toBe(0)
    await screenshot(desk.page, 'meeting-city-1920x1080')
    // The record prints on A4 for them as for the supervisor.
    expect(await desk.page.getByTestId('meeting-print').isEnabled()).toBe(true)
    await desk.page.emulateMedia({ media: 'print' })
    expect(await doc.isVisible()).toBe(true)
    expect(await desk.page.getByTestId('meeting-print').isVisible()).toBe(false)
    const pdf = Buffer.from(await desk.page.pdf({ format: 'A4', preferCSSPageSize: true }))
    await desk.page.emulateMedia({ media: 'screen' })
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
    // A save sent by hand from their session is refused by the server (403), and nothing changes.
    const refused = await desk.page.evaluate(async (m) => {
      const view = await (await fetch(`/api/reports/${m}/meeting`)).json()
      const res = await fetch(`/api/reports/${m}/meeting`, {
        method: 'PUT',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          meeting: { ...view.meeting, decisions: ['市が書き換えた'] },
          expectedVersion: view.meeting.version,
        }),
      })
      const code = (await res.json()).error?.code
      const after = await (await fetch(`/api/reports/${m}/meeting`)).json()
      return { status: res.status, code, decisions: after.meeting.decisions, version: after.meeting.version }
    }, meetingMonth)
    expect(refused).toEqual({
      status: 403,
      code: 'forbidden',
      decisions: ['土日の午前に予約枠を増やす'],
      version: 1,
    })
  })
})
