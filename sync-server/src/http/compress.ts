import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { MiddlewareHandler } from 'hono'

/** Below this a compressed body saves less than its headers cost. */
const MIN_BYTES = 1024
const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** The best encoding the request accepts: brotli, then gzip; `q=0` refuses one. */
function chooseEncoding(header: string | undefined): 'br' | 'gzip' | null {
  const accepted = new Map<string, number>()
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';')
    if (!name) continue
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='))
    accepted.set(name, q ? Number(q.slice(2)) : 1)
  }
  const allows = (name: string) => (accepted.get(name) ?? accepted.get('*') ?? 0) > 0
  return allows('br') ? 'br' : allows('gzip') ? 'gzip' : null
}

/**
 * JSON answers of 1 KB and more go out compressed when the browser accepts it. The tablet's first
 * screen fetches its reference data (sites, templates, categories, FAQ) as one JSON answer of about
 * 80 KB: on a pop-up's mobile line that was the largest download after sign-in, and the one file
 * Lighthouse found uncompressed. JSON is built in memory anyway, so it is compressed whole; brotli at
 * a low quality costs about what gzip does and sends less. Files (CSV, photos) are left as they are.
 */
export const compressJson: MiddlewareHandler = async (c, next) => {
  await next()
  const res = c.res
  if (
    // Sign-in and session answers carry the CSRF token: a secret is never sent compressed (BREACH).
    c.req.path.startsWith('/api/auth/') ||
    c.req.method === 'HEAD' ||
    !res.body ||
    res.headers.has('Content-Encoding') ||
    !/^application\/json\b/i.test(res.headers.get('Content-Type') ?? '')
  )
    return
  // Whether it is compressed depends on the request's Accept-Encoding: caches must know.
  res.headers.append('Vary', 'Accept-Encoding')
  const encoding = chooseEncoding(c.req.header('Accept-Encoding'))
  if (!encoding) return
  const body = Buffer.from(await res.arrayBuffer())
  let sent: Buffer = body
  if (body.length >= MIN_BYTES) {
    sent =
      encoding === 'br'
        ? await brotli(body, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 5,
              [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
              [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            },
          })
        : await gzipAsync(body)
  }
  // Hono copies the previous answer's headers onto the new one; the two that change are set after.
  c.res = new Response(new Uint8Array(sent), { status: res.status, headers: res.headers })
  if (sent !== body) c.res.headers.set('Content-Encoding', encoding)
  c.res.headers.set('Content-Length', String(sent.length))
}
