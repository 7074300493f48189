import { newId } from '@madoguchi/shared'
import { describe, expect, it } from 'vitest'
import { useTestServer } from '../testing/use-server'

const t = useTestServer('outreach')

const item = (sessionId: string, photo = false) => ({
  entity: photo ? 'photo' : 'intake',
  id: newId(),
  sessionId,
  photo,
})

describe('device inventories', () => {
  it('keeps each tablet’s last report and shows the office a loss, with the sessions it touched', async () => {
    const device = newId()
    const session = newId()
    const at = () => t.server.deps.now().toISOString()
    const unsent = [item(session), item(session, true)]
    let res = await t.client.request('POST', '/api/devices/inventory', {
      deviceId: device,
      at: at(),
      unsent: { records: 1, photos: 1 },
      items: unsent,
    })
    expect(res.status).toBe(200)
    // The browser destroyed the database: the next report names what went.
    res = await t.client.request('POST', '/api/devices/inventory', {
      deviceId: device,
      at: at(),
      unsent: { records: 0, photos: 0 },
      items: [],
      lost: { noticedAt: at(), wiped: true, items: unsent },
    })
    expect(res.status).toBe(200)
    // A later clean report does not hide the loss.
    await t.client.request('POST', '/api/devices/inventory', {
      deviceId: device,
      at: at(),
      unsent: { records: 0, photos: 0 },
      items: [],
    })
    const list = await t.as('supervisor').request('GET', '/api/devices')
    expect(list.status).toBe(200)
    const { devices } = (await list.json()) as { devices: unknown[] }
    expect(devices).toEqual([
      expect.objectContaining({
        deviceId: device,
        staffName: expect.any(String),
        unsent: { records: 0, photos: 0 },
        lost: expect.objectContaining({ wiped: true, records: 1, photos: 1, sessions: [session] }),
      }),
    ])
  })

  it('refuses anything but ids and counts', async () => {
    const res = await t.client.request('POST', '/api/devices/inventory', {
      deviceId: newId(),
      at: t.server.deps.now().toISOString(),
      unsent: { records: 1, photos: 0 },
      items: [{ entity: 'intake', id: 'Yamada Taro', photo: false }],
    })
    expect(res.status).toBe(422)
  })

  it('lets only the office read the list', async () => {
    expect((await t.client.request('GET', '/api/devices')).status).toBe(403)
    expect((await t.as('operator').request('GET', '/api/devices')).status).toBe(403)
  })
})
