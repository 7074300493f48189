import { newId, type Role } from '@madoguchi/shared'
import { expect } from 'vitest'
import { type Client, quickClient, type TestServer } from './harness'

/**
 * What the call log's tests share (calls/calls, follow-ups and telephony tests): a client per role,
 * a response read as its wire type, a table's row count, an operator taking a call, and the routine
 * close most tests start from. `server` is read at each request: the files start theirs in beforeAll.
 */
export function callsKit(server: () => TestServer) {
  // A fresh session at the server's clock for each request: the tests move the clock by weeks.
  const as = (role: Role): Client => quickClient(server(), role)
  const operator = { request: (...a: Parameters<Client['request']>) => as('operator').request(...a) }

  return {
    operator,
    supervisor: { request: (...a: Parameters<Client['request']>) => as('supervisor').request(...a) },
    city: { request: (...a: Parameters<Client['request']>) => as('city').request(...a) }, // 市民課

    /** A response's JSON body as the shared wire type says it is. */
    json: async <T>(res: Response | Promise<Response>): Promise<T> => (await (await res).json()) as T,

    count: (table: string) =>
      (server().db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n,

    /** The operator takes a new call answered at `at`; its id. */
    take: async (at = '2026-12-02T01:00:00.000Z'): Promise<string> => {
      const id = newId()
      const res = await operator.request('POST', '/api/calls', { id, answeredAt: at })
      expect(res.status).toBe(201)
      return id
    },

    routine: {
      categories: ['items_to_bring'],
      outcome: 'resolved',
      summary: '持ち物の確認',
      endedAt: '2026-12-02T01:03:05.000Z',
      talkSeconds: 185,
    },
  }
}
