import { can, ROLES } from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { quickClient, startTestServer, type TestServer } from '../testing/harness'
import { fullPath } from './route'

// Every route the server has, walked as every role and as nobody: the roles the permissions table
// grants a route's permission are exactly who gets past the gate. A new route is covered the moment
// it is added to a feature.
let server: TestServer
beforeAll(async () => {
  server = await startTestServer()
})
afterAll(() => server.close())

const concrete = (path: string) => path.replace(/:(\w+)/g, 'x-$1')

describe('every route × role', () => {
  it('has routes to walk', async () => {
    expect(server.features.flatMap((f) => f.routes).length).toBeGreaterThan(2)
  })

  const cases = () =>
    server.features.flatMap((f) => f.routes.map((r) => ({ r, path: concrete(fullPath(f, r)) })))

  it('refuses anonymous callers on every non-public route with 401', async () => {
    for (const { r, path } of cases()) {
      const res = await server.app.request(path, { method: r.method.toUpperCase() })
      const label = `${r.method} ${path}`
      if (r.permission === 'public') expect(res.status, label).not.toBe(401)
      else expect(res.status, label).toBe(401)
    }
  })

  for (const role of ROLES) {
    it(`lets ${role} through exactly the routes whose permission it has`, async () => {
      for (const { r, path } of cases()) {
        if (r.permission === 'public') continue
        // A fresh session each time, since a route such as sign-out ends the one it is called with.
        const client = quickClient(server, role)
        const body = r.method === 'get' || r.method === 'delete' ? undefined : {}
        const res = await client.request(r.method.toUpperCase(), path, body)
        const label = `${role} ${r.method} ${path} → ${res.status}`
        if (can(role, r.permission)) expect([401, 403], label).not.toContain(res.status)
        else {
          expect(res.status, label).toBe(403)
          expect(await res.json(), label).toMatchObject({ error: { code: 'forbidden' } })
        }
        expect(res.status, label).toBeLessThan(500)
      }
    })
  }
})
