import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ApiRequestError, api, networkError, parseApiError, setCsrfToken, timeoutFor } from './api'
import { useLang } from './i18n'

describe('parseApiError', () => {
  it('reads the API error shape: status, code, message and field problems', () => {
    const body = {
      error: {
        code: 'validation_failed',
        message: '入力内容に誤りがあります。',
        fields: { loginId: [{ code: 'required', message: '入力してください。' }] },
      },
      requestId: 'r1',
    }
    const error = parseApiError(422, body)
    expect(error).toBeInstanceOf(ApiRequestError)
    expect(error).toMatchObject({
      status: 422,
      code: 'validation_failed',
      message: '入力内容に誤りがあります。',
    })
    expect(error.fields).toEqual({ loginId: [{ code: 'required', message: '入力してください。' }] })
  })

  it('gives an empty field map when the error has none', () => {
    const error = parseApiError(401, { error: { code: 'invalid_credentials', message: 'x' } })
    expect(error).toMatchObject({ status: 401, code: 'invalid_credentials', fields: {} })
  })

  it('falls back to a code from the status when the body is not our shape', () => {
    expect(parseApiError(401, null).code).toBe('unauthenticated')
    expect(parseApiError(404, '<html>').code).toBe('not_found')
    expect(parseApiError(429, { message: 'slow down' }).code).toBe('rate_limited')
    expect(parseApiError(500, null).code).toBe('internal')
    expect(parseApiError(418, null).code).toBe('bad_request')
    expect(parseApiError(422, { error: { code: 1 } }).code).toBe('validation_failed')
  })

  it('treats a gateway failure without our body as not reaching the server', () => {
    for (const status of [502, 503, 504]) expect(parseApiError(status, null).code).toBe('network')
    expect(parseApiError(503, { error: { code: 'internal', message: 'down' } }).code).toBe('internal')
  })

  it('networkError carries code network and status 0', () => {
    const error = networkError(new TypeError('Failed to fetch'))
    expect(error).toMatchObject({ status: 0, code: 'network' })
    expect(error.cause).toBeInstanceOf(TypeError)
  })
})

describe('api', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    setCsrfToken(null)
    useLang.setState({ lang: 'ja' })
  })

  function stubFetch(response: () => Response | Promise<Response>) {
    const fetch = vi.fn(async (_url: string, _init: RequestInit) => response())
    vi.stubGlobal('fetch', fetch)
    return fetch
  }

  const headersOf = (fetch: ReturnType<typeof stubFetch>) =>
    fetch.mock.calls[0]?.[1].headers as Record<string, string>

  it('sends the UI language, and the CSRF token only on writes', async () => {
    setCsrfToken('tok')
    useLang.setState({ lang: 'en' })
    const fetch = stubFetch(() => Response.json({ status: 'ok' }))
    await expect(api('/api/health')).resolves.toEqual({ status: 'ok' })
    expect(headersOf(fetch)['Accept-Language']).toBe('en')
    expect(headersOf(fetch)['X-CSRF-Token']).toBeUndefined()

    const write = stubFetch(() => new Response(null, { status: 204 }))
    await expect(api('/api/auth/sign-out', { method: 'post' })).resolves.toBeUndefined()
    expect(write.mock.calls[0]?.[1].method).toBe('POST')
    expect(headersOf(write)['X-CSRF-Token']).toBe('tok')
  })

  it('sends JSON bodies as JSON', async () => {
    const fetch = stubFetch(() => Response.json({}))
    await api('/api/x', { method: 'PUT', body: { a: 1 } })
    expect(fetch.mock.calls[0]?.[1].body).toBe('{"a":1}')
    expect(headersOf(fetch)['Content-Type']).toBe('application/json')
  })

  it('rejects with the parsed ApiRequestError on an error status', async () => {
    stubFetch(() => Response.json({ error: { code: 'rate_limited', message: 'wait' } }, { status: 429 }))
    await expect(api('/api/auth/sign-in', { method: 'POST', body: {} })).rejects.toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: 'wait',
    })
  })

  it('turns a failed fetch into code network', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    await expect(api('/api/auth/session')).rejects.toMatchObject({ status: 0, code: 'network' })
  })

  it('checks the body against a schema when given one', async () => {
    const schema = {
      safeParse: (value: unknown) =>
        typeof value === 'object' && value !== null && 'ok' in value
          ? { success: true as const, data: value as { ok: boolean } }
          : { success: false as const },
    }
    stubFetch(() => Response.json({ ok: true }))
    await expect(api('/api/x', { schema })).resolves.toEqual({ ok: true })
    stubFetch(() => Response.json({ nope: 1 }))
    await expect(api('/api/x', { schema })).rejects.toMatchObject({ code: 'internal' })
    stubFetch(() => new Response('<!doctype html>', { status: 200 }))
    await expect(api('/api/x')).rejects.toMatchObject({ code: 'internal' })
  })
})

describe('api timeouts', () => {
  let server: Server | undefined
  afterEach(() => {
    server?.closeAllConnections()
    server?.close()
  })

  /** A real server that takes the request and never answers, as a network that swallowed it. */
  async function silentServer(sendHeaders = false): Promise<string> {
    server = createServer((_req, res) => {
      if (sendHeaders) {
        res.writeHead(200, { 'content-type': 'application/json' })
        res.write('{"ok":') // the body never ends
      }
    })
    await new Promise<void>((resolve) => server?.listen(0, '127.0.0.1', resolve))
    return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  }

  it('gives up on a request that never answers, with code timeout', async () => {
    const url = await silentServer()
    await expect(
      api(`${url}/api/sync/push`, { method: 'POST', body: {}, timeoutMs: 200 }),
    ).rejects.toMatchObject({
      status: 0,
      code: 'timeout',
    })
  })

  it('gives up on an answer whose body stops half-way', async () => {
    const url = await silentServer(true)
    await expect(api(`${url}/api/x`, { timeoutMs: 200 })).rejects.toMatchObject({ code: 'timeout' })
  })

  it('sizes the timeout to what is sent: a 1 MB chunk may take longer than a small push', () => {
    expect(timeoutFor(0)).toBe(30_000)
    expect(timeoutFor(1024 * 1024)).toBe(30_000 + 32_000)
    expect(timeoutFor(1024 * 1024)).toBeGreaterThan(timeoutFor(10_000))
  })
})
