import { fieldProblemsOf, translate } from '@madoguchi/shared'
import type { Context, Hono, MiddlewareHandler } from 'hono'
import type { z } from 'zod'
import { authorize } from '../auth/authorize'
import { AppError } from '../errors'
import type { Access } from './access'
import type { AppEnv } from './env'

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete'
export type { Access }

type Out<S> = S extends z.ZodType ? z.output<S> : undefined

export interface RouteInput<B, Q, P> {
  body: Out<B>
  query: Out<Q>
  params: Out<P>
}

export interface RouteSpec<B, Q, P> {
  method: Method
  /** Path below the feature's base, in Hono syntax (`/:id`). */
  path: string
  permission: Access
  summary: string
  body?: B
  query?: Q
  params?: P
  /** Schema of the success body, for the OpenAPI document. */
  response?: z.ZodType
  /** Status of the success response, for the OpenAPI document. */
  status?: number
  /** Largest body accepted; the server default applies when absent. */
  maxBodyBytes?: number
  /** A raw (non-JSON) body, e.g. a photo chunk: the handler reads it itself. */
  rawBody?: string
  handler: (c: Context<AppEnv>, input: RouteInput<B, Q, P>) => Response | Promise<Response>
}

// Handlers are stored with their input types erased; `route()` checked them where they were written.
export type RouteDef = RouteSpec<z.ZodType | undefined, z.ZodType | undefined, z.ZodType | undefined>

/** Declare one route. The generic parameters are inferred from the schemas given. */
export function route<
  B extends z.ZodType | undefined = undefined,
  Q extends z.ZodType | undefined = undefined,
  P extends z.ZodType | undefined = undefined,
>(spec: RouteSpec<B, Q, P>): RouteDef {
  return spec as unknown as RouteDef
}

export interface Feature {
  name: string
  base: string
  routes: RouteDef[]
}

export function feature(name: string, base: string, routes: RouteDef[]): Feature {
  return { name, base, routes }
}

export function fullPath(f: Feature, r: RouteDef): string {
  return (f.base + r.path).replace(/\/$/, '') || '/'
}

/** Mount a feature: every route gets the same guard, size limit and input parsing, in that order. */
export function mountFeature(app: Hono<AppEnv>, f: Feature): void {
  for (const r of f.routes) {
    app.on(r.method.toUpperCase(), fullPath(f, r), authorize(r.permission), limitBody(r), async (c) => {
      const input = {
        body: r.body && !r.rawBody ? parse(c, r.body, await readJson(c), 'body') : undefined,
        query: r.query ? parse(c, r.query, c.req.query(), 'query') : undefined,
        params: r.params ? parse(c, r.params, c.req.param(), 'params') : undefined,
      }
      return r.handler(c, input as RouteInput<undefined, undefined, undefined>)
    })
  }
}

function limitBody(r: RouteDef): MiddlewareHandler<AppEnv> {
  if (r.method === 'get' || r.method === 'delete') return (_c, next) => next()
  return (c, next) => {
    const maxSize = r.maxBodyBytes ?? c.var.deps.config.maxJsonBytes
    // A declared length is checked from the header (Node's parser never reads past it). Touching
    // the body here, as readLimited does, turns node-server's light request into a full web Request
    // and sends every JSON body down the slow stream path: about half a millisecond a request.
    const length = c.req.header('content-length')
    if (length !== undefined && c.req.header('transfer-encoding') === undefined) {
      if (Number(length) > maxSize) throw new AppError('payload_too_large')
      return next()
    }
    return readLimited(c, maxSize).then(() => next())
  }
}

/**
 * A body without a declared length (chunked), read whole before the handler with a size limit. A
 * body the client cut off or framed badly fails here, while reading, and is the client's fault:
 * 400 (`body_incomplete`), never a 500 in the access log (Hono's bodyLimit let the read error out).
 */
async function readLimited(c: Context<AppEnv>, maxSize: number): Promise<void> {
  const body = c.req.raw.body
  if (!body) return
  const reader = body.getReader()
  const parts: Uint8Array[] = []
  let size = 0
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) break
      size += value.byteLength
      if (size > maxSize) {
        reader.cancel().catch(() => undefined)
        throw new AppError('payload_too_large')
      }
      parts.push(value)
    }
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('bad_request', undefined, { reason: 'body_incomplete' })
  }
  c.req.raw = new Request(c.req.raw, { body: Buffer.concat(parts) })
}

async function readJson(c: Context<AppEnv>): Promise<unknown> {
  const type = c.req.header('content-type') ?? ''
  if (!type.toLowerCase().startsWith('application/json')) throw new AppError('unsupported_media_type')
  try {
    return await c.req.json()
  } catch (error) {
    if (error instanceof AppError) throw error
    throw new AppError('bad_request')
  }
}

function parse(c: Context<AppEnv>, schema: z.ZodType, value: unknown, where: string): unknown {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const lang = c.var.lang
  const fields = fieldProblemsOf(result.error.issues, (key) => translate(lang, key))
  throw new AppError('validation_failed', fields, { in: where })
}
