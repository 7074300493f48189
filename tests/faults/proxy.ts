import http, { type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A controllable HTTP proxy on 127.0.0.1 between the browser and the server. For each request a
 * policy picks what goes wrong:
 * - `drop`: the connection is closed before anything reaches the server;
 * - `delay`: forwarded after a pause;
 * - `bad_gateway`: answered 502 by the proxy, as a load balancer does when the app is down;
 * - `cut_request`: part of the body is forwarded, then both sides are cut (an upload cut mid-chunk);
 * - `lose_response`: the server gets it all and answers, but the answer never reaches the browser
 *   (the request is applied, and the retry is a duplicate delivery);
 * - `kill`: forwarded, and the test's `onKill` SIGKILLs the server while it works on it;
 * - `reload`: cut like `cut_request`, and the test's `onReload` reloads the page.
 * The upstream port can change (a restarted server listens elsewhere); the browser keeps one origin.
 */
export type Fault = 'drop' | 'delay' | 'bad_gateway' | 'cut_request' | 'lose_response' | 'kill' | 'reload'
/**
 * What goes wrong with one request. `waitMs` is the pause of a `delay` and how long into a `kill`'s
 * request the server dies; the policy draws it from the schedule's seed, so the proxy itself holds no
 * randomness and a schedule replays from its seed alone.
 */
export interface Decision {
  fault: Fault
  waitMs: number
}
export type Policy = (request: { method: string; path: string }) => Decision | null

export interface FaultProxy {
  url: string
  setTarget(port: number): void
  setPolicy(policy: Policy | null): void
  onKill: () => void
  onReload: () => void
  /** How many of each fault were injected since the last reset. */
  counts: Record<Fault, number>
  requests: number
  close(): Promise<void>
}

export async function startProxy(targetPort: number): Promise<FaultProxy> {
  let target = targetPort
  let policy: Policy | null = null
  const counts = { drop: 0, delay: 0, bad_gateway: 0, cut_request: 0, lose_response: 0, kill: 0, reload: 0 }
  const proxy: FaultProxy = {
    url: '',
    setTarget: (port) => {
      target = port
    },
    setPolicy: (p) => {
      policy = p
    },
    onKill: () => {},
    onReload: () => {},
    counts,
    requests: 0,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }

  function forward(req: IncomingMessage, res: ServerResponse, mode: 'whole' | 'cut' | 'lose'): void {
    const upstream = http.request(
      { host: '127.0.0.1', port: target, method: req.method, path: req.url, headers: req.headers },
      (answer) => {
        if (mode === 'lose') {
          answer.resume()
          answer.on('end', () => req.socket.destroy())
          return
        }
        res.writeHead(answer.statusCode ?? 502, answer.headers)
        answer.pipe(res)
      },
    )
    upstream.on('error', () => {
      // The server is down (killed, restarting): answer as a gateway does.
      if (!res.headersSent && !res.destroyed) res.writeHead(502, { connection: 'close' }).end('bad gateway')
      else req.socket.destroy()
    })
    if (mode !== 'cut') {
      req.pipe(upstream)
      return
    }
    // Forward a first piece of the body (or just the headers), then cut both connections.
    req.once('data', (piece: Buffer) => {
      upstream.write(piece.subarray(0, Math.ceil(piece.length / 2)))
      setTimeout(() => {
        upstream.destroy()
        req.socket.destroy()
      }, 5)
    })
    req.once('end', () => {
      upstream.destroy()
      req.socket.destroy()
    })
  }

  const server = http.createServer((req, res) => {
    proxy.requests++
    const decision = policy?.({ method: req.method ?? 'GET', path: req.url ?? '/' }) ?? null
    if (decision) counts[decision.fault]++
    switch (decision?.fault) {
      case 'drop':
        req.socket.destroy()
        return
      case 'bad_gateway':
        req.resume()
        res
          .writeHead(502, { 'content-type': 'text/html', connection: 'close' })
          .end('<h1>502 Bad Gateway</h1>')
        return
      case 'delay':
        setTimeout(() => forward(req, res, 'whole'), decision.waitMs)
        return
      case 'cut_request':
        forward(req, res, 'cut')
        return
      case 'lose_response':
        forward(req, res, 'lose')
        return
      case 'kill':
        forward(req, res, 'whole')
        setTimeout(() => proxy.onKill(), decision.waitMs)
        return
      case 'reload':
        forward(req, res, 'cut')
        proxy.onReload()
        return
      default:
        forward(req, res, 'whole')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  proxy.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return proxy
}
