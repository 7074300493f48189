import { ApiError, type FieldProblem } from '@madoguchi/shared'
import { clock as serverClock } from './clock'
import { useLang } from './i18n'

/**
 * Every call to our API goes through `api()`: it sends the UI language, the CSRF token on writes and
 * the session cookie, and turns every failure into one `ApiRequestError` with a stable `code`.
 */

/**
 * `code` is an API error code (`invalid_credentials`, …), `network` when the server was not reached,
 * or `timeout` when it did not answer in time (the request was abandoned; see `timeoutMs`).
 */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError'
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: Record<string, FieldProblem[]> = {},
    /** The error's `details`: e.g. the next free slots with `slot_full`, or what the server holds of a photo upload. */
    readonly details?: unknown,
  ) {
    super(message)
  }
}

/** What a status means when the body is not our error shape (a proxy page, an empty reply). */
function codeForStatus(status: number): string {
  if (status === 502 || status === 503 || status === 504) return 'network' // gateway: server not reached
  const known: Record<number, string> = {
    400: 'bad_request',
    401: 'unauthenticated',
    403: 'forbidden',
    404: 'not_found',
    409: 'conflict',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    422: 'validation_failed',
    429: 'rate_limited',
  }
  return known[status] ?? (status >= 500 ? 'internal' : 'bad_request')
}

/** Turn a failed response (status + parsed JSON body, or null) into an ApiRequestError. */
export function parseApiError(status: number, body: unknown): ApiRequestError {
  const parsed = ApiError.safeParse(body)
  if (!parsed.success) return new ApiRequestError(status, codeForStatus(status), '')
  const { code, message, fields, details } = parsed.data.error
  return new ApiRequestError(status, code, message, fields ?? {}, details)
}

/** The server could not be reached at all (offline, DNS, connection refused, aborted). */
export function networkError(cause?: unknown): ApiRequestError {
  const error = new ApiRequestError(0, 'network', 'network error')
  if (cause !== undefined) Object.defineProperty(error, 'cause', { value: cause })
  return error
}

let csrfToken: string | null = null

/** Set by the session store whenever the session changes; sent with every write. */
export function setCsrfToken(token: string | null): void {
  csrfToken = token
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/** Anything with zod's `safeParse`: the shared wire schemas check what the server sent. */
export type Schema<T> = { safeParse(value: unknown): { success: true; data: T } | { success: false } }

export type ApiInit<T> = {
  method?: string
  body?: unknown
  /** Bytes sent as they are (a photo chunk), instead of a JSON `body`. */
  raw?: { data: Blob | ArrayBuffer; type: string }
  signal?: AbortSignal
  schema?: Schema<T>
  /**
   * Give up after this long, reading the answer included (default `DEFAULT_TIMEOUT_MS`): a request
   * the network swallowed would otherwise hold whoever waits on it for as long as the connection
   * stays open. Size it to what is sent (`timeoutFor`).
   */
  timeoutMs?: number
}

/** A small request's wait before it is given up: a slow but working line answers well within this. */
export const DEFAULT_TIMEOUT_MS = 30_000
/** The slowest line the tablet is expected to work on (about 256 kbit/s), for sizing the timeout. */
export const SLOWEST_BYTES_PER_SECOND = 32 * 1024

/** A timeout fitting a request of `bytes`: the base wait plus the time to send it on the slowest line. */
export function timeoutFor(bytes: number, baseMs = DEFAULT_TIMEOUT_MS): number {
  return baseMs + Math.ceil((Math.max(0, bytes) / SLOWEST_BYTES_PER_SECOND) * 1000)
}

/** The server did not answer within the request's timeout. */
export function timeoutError(ms: number): ApiRequestError {
  return new ApiRequestError(0, 'timeout', `no answer within ${ms} ms`)
}

/** Call the API. Resolves to the JSON body (undefined for 204); rejects with ApiRequestError only. */
export async function api<T = unknown>(path: string, init: ApiInit<T> = {}): Promise<T> {
  const method = (init.method ?? 'GET').toUpperCase()
  const headers: Record<string, string> = {
    Accept: 'application/json',
    'Accept-Language': useLang.getState().lang,
  }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  if (init.raw) headers['Content-Type'] = init.raw.type
  if (!SAFE_METHODS.has(method) && csrfToken) headers['X-CSRF-Token'] = csrfToken

  const timeoutMs = init.timeoutMs ?? DEFAULT_TIMEOUT_MS
  const timer = new AbortController()
  let timedOut = false
  const clock = setTimeout(() => {
    timedOut = true
    timer.abort()
  }, timeoutMs)
  const signal = init.signal ? anySignal([init.signal, timer.signal]) : timer.signal
  let response: Response
  let text: string
  try {
    response = await fetch(path, {
      method,
      headers,
      body: init.raw ? init.raw.data : init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: 'same-origin',
      cache: 'no-store',
      signal,
    })
    // Read as the answer's headers arrive, before its body: the tablet's clock against the server's.
    serverClock.observe(response.headers.get('Date'))
    text = await response.text()
  } catch (cause) {
    if (timedOut) throw timeoutError(timeoutMs)
    throw networkError(cause) // no answer, or the connection dropped while reading it
  } finally {
    clearTimeout(clock)
  }

  const body = parseJson(text)
  if (!response.ok) throw parseApiError(response.status, body)
  if (text === '') return undefined as T
  if (body === null && text.trim() !== 'null') {
    throw new ApiRequestError(response.status, 'internal', 'response is not JSON')
  }
  if (init.schema) {
    const checked = init.schema.safeParse(body)
    if (!checked.success) throw new ApiRequestError(response.status, 'internal', 'unexpected response')
    return checked.data
  }
  return body as T
}

/** Aborts when any of `signals` does (AbortSignal.any where the browser has it). */
function anySignal(signals: AbortSignal[]): AbortSignal {
  const any = (AbortSignal as { any?: (s: AbortSignal[]) => AbortSignal }).any
  if (any) return any.call(AbortSignal, signals)
  const controller = new AbortController()
  for (const s of signals) {
    if (s.aborted) controller.abort()
    else s.addEventListener('abort', () => controller.abort(), { once: true })
  }
  return controller.signal
}

function parseJson(text: string): unknown {
  if (text === '') return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}
