import http from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * The bench's baseline: an HTTP endpoint in the bench process that takes bytes and JSON with no
 * protocol at all (no auth, no hashing, no storage), so the browser's plain fetch of the same bytes
 * sets the speed the sync protocol is compared with. CORS lets the app's page call it; one URL per
 * kind keeps Chromium's preflight cache to one preflight each.
 */
export async function startBaselineServer(): Promise<{
  url: string
  bytes: () => number
  close: () => void
}> {
  let received = 0
  const server = http.createServer((req, res) => {
    res.setHeader('access-control-allow-origin', '*')
    res.setHeader('access-control-allow-methods', 'PUT, POST')
    res.setHeader('access-control-allow-headers', 'content-type')
    res.setHeader('access-control-max-age', '600')
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end()
      return
    }
    req.on('data', (chunk: Buffer) => {
      received += chunk.length
    })
    req.on('end', () => res.writeHead(204).end())
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    bytes: () => received,
    close: () => server.close(),
  }
}
