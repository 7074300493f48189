import { rolesWith } from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { isPermission } from '../http/access'
import { fullPath } from '../http/route'
import { startTestServer, type TestServer } from '../testing/harness'

let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.close())

interface Doc {
  openapi: string
  paths: Record<string, Record<string, Record<string, unknown>>>
}

describe('/api/openapi.json', () => {
  it('documents every route with its roles, parameters, body and response, without signing in', async () => {
    const res = await server.app.request('/api/openapi.json')
    expect(res.status).toBe(200)
    const doc = (await res.json()) as Doc
    expect(doc.openapi).toBe('3.1.0')
    for (const f of server.features.filter((f) => f.name !== 'openapi')) {
      for (const r of f.routes) {
        const path = fullPath(f, r).replace(/:(\w+)/g, '{$1}')
        const op = doc.paths[path]?.[r.method]
        expect(op, `${r.method} ${path}`).toBeDefined()
        expect(op?.['x-permission']).toBe(r.permission)
        expect(op?.['x-roles']).toEqual(isPermission(r.permission) ? rolesWith(r.permission) : r.permission)
        if (r.body) expect(op?.requestBody, `${r.method} ${path}`).toBeDefined()
      }
    }
  })

  it('turns the booking schemas into JSON Schema a client generator can use', async () => {
    const doc = (await (await server.app.request('/api/openapi.json')).json()) as Doc
    const create = doc.paths['/api/bookings']?.post as {
      requestBody: {
        content: {
          'application/json': { schema: { properties: Record<string, unknown>; required: string[] } }
        }
      }
      responses: Record<string, unknown>
    }
    const body = create.requestBody.content['application/json'].schema
    expect(body.required).toEqual(expect.arrayContaining(['idempotencyKey', 'date', 'time', 'people']))
    expect(body.properties.date).toMatchObject({ type: 'string', format: 'date' })
    expect(body.properties.people).toMatchObject({
      items: { properties: { type: { enum: expect.arrayContaining(['renewal']) } } },
    })
    expect(create.responses['201']).toBeDefined()
    const move = doc.paths['/api/bookings/{id}/move']?.post as { parameters: { name: string; in: string }[] }
    expect(move.parameters).toEqual([expect.objectContaining({ name: 'id', in: 'path', required: true })])
    const search = doc.paths['/api/bookings/search']?.get as { parameters: { name: string; in: string }[] }
    expect(search.parameters[0]).toMatchObject({ name: 'q', in: 'query', required: true })
  })
})
