import { newId } from '@madoguchi/shared'
import { expect } from 'vitest'
import { NOW } from './booking'
import type { Client } from './harness'
import { correctionMutation, intakeMutation, noteMutation, sessionMutation, TEST_DEVICE } from './sync'
import type { ExampleContext, Examples, Json } from './write-examples-office'

/**
 * Example requests for the outreach tablets' write routes (the sync push, its audit of reads, and
 * the desk resolving a correction a tablet sent), for the end-to-end file search of issue #11
 * (http/no-number-stored.test.ts, through write-examples-desk.ts). Each maker sets up what its
 * request needs, fresh every time.
 */

export function syncExamples({ clientFor }: ExampleContext): Examples {
  async function post(client: Client, method: string, path: string, body: unknown): Promise<Response> {
    return client.request(method.toUpperCase(), path, body)
  }

  /** A valid request for each sync write route, made fresh for every variant (ids are used up). */
  return {
    'post /api/sync/push': async () => {
      const session = sessionMutation()
      const intake = intakeMutation(session.recordId, { memo: '書類を確認した' })
      const note = noteMutation(session.recordId, intake.recordId, { text: '申請方法を説明した' })
      const correction = correctionMutation(session.recordId, intake.recordId, { text: '確認欄の訂正' })
      return {
        path: '/api/sync/push',
        body: { deviceId: TEST_DEVICE, mutations: [session, intake, note, correction] } as unknown as Json,
        ok: 200,
      }
    },
    'post /api/outreach-review/corrections/:id/resolve': async () => {
      const session = sessionMutation()
      const intake = intakeMutation(session.recordId)
      const correction = correctionMutation(session.recordId, intake.recordId)
      const pushed = await post(clientFor('sync.device'), 'post', '/api/sync/push', {
        deviceId: TEST_DEVICE,
        mutations: [session, intake, correction],
      })
      if (pushed.status !== 200) throw new Error(`set-up push answered ${pushed.status}`)
      return {
        path: `/api/outreach-review/corrections/${correction.recordId}/resolve`,
        body: { status: 'applied', resolution: '申請書の確認欄を訂正した' },
        ok: 200,
      }
    },
    'post /api/sync/audit': async () => {
      // The read names a record the device holds unsent (its inventory says so), so it is written.
      const [recordId, sessionId] = [newId(), newId()]
      const listed = await post(clientFor('sync.device'), 'post', '/api/devices/inventory', {
        deviceId: TEST_DEVICE,
        at: NOW.toISOString(),
        unsent: { records: 1, photos: 0 },
        items: [{ entity: 'intake', id: recordId, sessionId, photo: false }],
      })
      expect(listed.status).toBe(200)
      return {
        path: '/api/sync/audit',
        body: {
          deviceId: TEST_DEVICE,
          entries: [
            {
              id: newId(),
              at: new Date(NOW.getTime() - 60_000).toISOString(),
              action: 'intake.read',
              recordId,
              sessionId,
            },
          ],
        },
        ok: 200,
      }
    },
  }
}
