import { ApiError, LocalDateSchema, rolesWith } from '@madoguchi/shared'
import { z } from 'zod'
import { isPermission } from '../http/access'
import { type Feature, fullPath, type RouteDef } from '../http/route'

type JsonSchema = Record<string, unknown>

/** A zod schema as JSON Schema (draft 2020-12, which OpenAPI 3.1 uses): the input side for requests. */
function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, {
    io,
    // Checks that JSON Schema cannot say (a refine, the individual-number guard, a preprocess) are
    // left out rather than refused; the server still applies them.
    unrepresentable: 'any',
    override: (ctx) => {
      if (ctx.zodSchema === (LocalDateSchema as unknown)) {
        ctx.jsonSchema.type = 'string'
        ctx.jsonSchema.format = 'date'
      }
    },
  }) as JsonSchema
  delete out.$schema
  return out
}

function parameters(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return []
  const s = jsonSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] }
  return Object.entries(s.properties ?? {}).map(([name, property]) => ({
    name,
    in: where,
    required: where === 'path' || (s.required ?? []).includes(name),
    schema: property,
  }))
}

function successResponse(r: RouteDef) {
  const status = String(r.status ?? 200)
  if (r.response) {
    return {
      [status]: {
        description: 'OK',
        content: { 'application/json': { schema: jsonSchema(r.response, 'output') } },
      },
    }
  }
  if (r.path.endsWith('.csv')) {
    return { [status]: { description: 'CSV file', content: { 'text/csv': { schema: { type: 'string' } } } } }
  }
  return { [status]: { description: status === '204' ? 'No content' : 'OK' } }
}

function operation(f: Feature, r: RouteDef) {
  const access = r.permission
  const isPublic = access === 'public'
  const writes = r.method !== 'get'
  const security =
    access === 'telephony'
      ? [{ telephony: [] }]
      : isPublic
        ? []
        : [writes ? { session: [], csrf: [] } : { session: [] }]
  return {
    operationId: `${f.name}.${r.method}${r.path.replace(/[/:.-]+(\w)?/g, (_m, c?: string) => (c ? c.toUpperCase() : ''))}`,
    summary: r.summary,
    tags: [f.name],
    'x-permission': r.permission,
    'x-roles': isPermission(access) ? rolesWith(access) : access,
    security,
    parameters: [...parameters(r.params, 'path'), ...parameters(r.query, 'query')],
    ...(r.body && !r.rawBody
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: jsonSchema(r.body, 'input') } },
          },
        }
      : {}),
    responses: {
      ...successResponse(r),
      default: {
        description: 'Error: { error: { code, message, fields?, details? }, requestId }',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiError' } } },
      },
    },
  }
}

/** The OpenAPI 3.1 document of every route, generated from the same declarations the server runs. */
export function openApiDocument(features: readonly Feature[]) {
  const paths: Record<string, Record<string, unknown>> = {}
  for (const f of features) {
    for (const r of f.routes) {
      const path = fullPath(f, r).replace(/:(\w+)/g, '{$1}')
      paths[path] = { ...paths[path], [r.method]: operation(f, r) }
    }
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'madoguchi API',
      version: '0.1.0',
      description:
        'Staff API of madoguchi. Sign in at /api/auth/sign-in; send the session cookie, and on writes the ' +
        'X-CSRF-Token from the sign-in answer. x-permission names the permission a route needs and x-roles the staff roles that grant it (one table: shared/src/auth/permissions.ts).',
    },
    components: {
      schemas: { ApiError: jsonSchema(ApiError, 'output') },
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'madoguchi_session' },
        csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        telephony: {
          type: 'http',
          scheme: 'bearer',
          description:
            "The telephone service's own token (MADOGUCHI_TELEPHONY_TOKENS), one per provider; never a staff session.",
        },
      },
    },
    paths,
  }
}
