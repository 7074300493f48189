import type { MonthlyReport } from '@madoguchi/shared'
import { parse } from 'csv-parse/sync'
import { expect } from 'vitest'
import type { UsedServer } from './use-server'

/**
 * What the report's server tests share (report, CDR import, CSV and dashboard files): a call-detail
 * upload, the month's report through the API, a response read field by field, CSV bytes read back
 * by csv-parse (a real RFC 4180 parser, not the import's own).
 */
export function reportsKit(t: UsedServer) {
  const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')
  return {
    b64,
    upload: (text: string, extra: Record<string, unknown> = {}) => ({
      provider: 'pbx',
      fileName: 'december.csv',
      content: b64(text),
      ...extra,
    }),
    report: async (month = '2026-12') => {
      const res = await t.client.request('GET', `/api/reports/${month}`)
      expect(res.status).toBe(200)
      return (await res.json()) as MonthlyReport
    },
    // biome-ignore lint/suspicious/noExplicitAny: response bodies read field by field in the asserts
    json: async (res: Response | Promise<Response>): Promise<any> => (await res).json(),
    readCsv: (text: string): string[][] => parse(text, { bom: true, record_delimiter: '\r\n' }),
    cdrCount: () => t.server.db.prepare('SELECT count(*) FROM cdr_calls').pluck().get() as number,
    /** A CSV route's bytes, asserting it answered 200. */
    bytesOf: async (path: string) => {
      const res = await t.client.request('GET', path)
      expect(res.status).toBe(200)
      return { res, bytes: Buffer.from(await res.arrayBuffer()) }
    },
  }
}
