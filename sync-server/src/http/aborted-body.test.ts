import type { AddressInfo } from 'node:net'
import { connect } from 'node:net'
import { serve } from '@hono/node-server'
import { newId } from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { quickClient, startTestServer, type TestServer } from '../testing/harness'

// #11.7 over a real socket: a chunked body cut off or badly framed is the client's fault. The access
// log says 4xx, and nothing is logged as `unhandled`.
let server: TestServer
let port: number
let close: () => void

beforeAll(async () => {
  server = await startTestServer()
  const http = serve({ fetch: server.app.fetch, hostname: '127.0.0.1', port: 0 })
  await new Promise((resolve) => http.once('listening', resolve))
  port = (http.address() as AddressInfo).port
  close = () => http.close()
})
afterAll(() => {
  close()
  server.close()
})

/** Send raw bytes, then end or destroy the socket; resolve when it closes. */
function raw(head: string, body: string, how: 'end' | 'destroy'): Promise<string> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    let answer = ''
    socket.on('data', (d) => {
      answer += d.toString()
    })
    socket.on('error', () => resolve(answer))
    socket.on('close', () => resolve(answer))
    socket.write(head + body, () => {
      // Give the server a moment to start reading the body before the cut.
      setTimeout(() => (how === 'end' ? socket.end() : socket.destroy()), 100)
    })
  })
}

async function accessLineFor(route: string): Promise<{ status: number }> {
  for (let i = 0; i < 50; i++) {
    const line = server.logLines.find(
      (l) => l.includes('"msg":"request"') && l.includes(`"route":"${route}"`),
    )
    if (line) return JSON.parse(line) as { status: number }
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`no access line for ${route}: ${server.logLines.join('\n')}`)
}

describe('a body the client cut off or framed badly', () => {
  it('is a 4xx in the access log for a JSON write, never unhandled', async () => {
    const tablet = quickClient(server, 'outreach')
    const head =
      'POST /api/sync/push HTTP/1.1\r\nhost: 127.0.0.1\r\ncontent-type: application/json\r\n' +
      `transfer-encoding: chunked\r\ncookie: ${tablet.cookie}\r\nx-csrf-token: ${tablet.csrfToken}\r\n\r\n`
    await raw(head, '10\r\n{"deviceId":"abc"\r\n', 'destroy')
    const line = await accessLineFor('/api/sync/push')
    expect(line.status).toBeGreaterThanOrEqual(400)
    expect(line.status).toBeLessThan(500)
    expect(server.logLines.join('\n')).not.toContain('unhandled')
  })

  it('is a 4xx in the access log for a photo chunk, never unhandled', async () => {
    server.logLines.length = 0
    const tablet = quickClient(server, 'outreach')
    const sha = 'a'.repeat(64)
    const head =
      `PUT /api/sync/photos/${newId()}/chunks?offset=0&bytes=5000&sha256=${sha}&device=${newId()} HTTP/1.1\r\nhost: 127.0.0.1\r\n` +
      'content-type: application/octet-stream\r\ntransfer-encoding: chunked\r\n' +
      `cookie: ${tablet.cookie}\r\nx-csrf-token: ${tablet.csrfToken}\r\n\r\n`
    // A chunk size line that is not hex: badly framed.
    await raw(head, '400\r\nabcdefgh\r\nzz\r\n', 'end')
    const line = await accessLineFor('/api/sync/photos/:photoId/chunks')
    expect(line.status).toBeGreaterThanOrEqual(400)
    expect(line.status).toBeLessThan(500)
    expect(server.logLines.join('\n')).not.toContain('unhandled')
  })

  // A tablet losing its network in the middle of a photo: the commonest cut-off of all.
  it.each([
    ['chunked, cut in the middle of a chunk', 'transfer-encoding: chunked', `1388\r\n${'x'.repeat(600)}`],
    ['with a declared length, cut short', 'content-length: 5000', 'x'.repeat(600)],
  ])('is a 4xx for a photo chunk %s, never unhandled', async (_, framing, body) => {
    server.logLines.length = 0
    const tablet = quickClient(server, 'outreach')
    const sha = 'b'.repeat(64)
    const head =
      `PUT /api/sync/photos/${newId()}/chunks?offset=0&bytes=5000&sha256=${sha}&device=${newId()} HTTP/1.1\r\n` +
      `host: 127.0.0.1\r\ncontent-type: application/octet-stream\r\n${framing}\r\n` +
      `cookie: ${tablet.cookie}\r\nx-csrf-token: ${tablet.csrfToken}\r\n\r\n`
    await raw(head, body, 'destroy')
    const line = await accessLineFor('/api/sync/photos/:photoId/chunks')
    expect(line.status).toBeGreaterThanOrEqual(400)
    expect(line.status).toBeLessThan(500)
    expect(server.logLines.join('\n')).not.toContain('unhandled')
  })
})
