import { can, ROLES } from '@madoguchi/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { tokenSha256 } from '../auth/telephony-token'
import { quickClient, startTestServer, type TestServer } from '../testing/harness'
import { isPermission } from './access'
import { fullPath } from './route'

// Every route the server has, walked as every role and as nobody: the roles the permissions table
// grants a route's permission are exactly who gets past the gate. A new route is covered the moment
// it is added to a feature. Telephony routes (the incoming-call webhook) take no staff at all: only
// a configured provider's bearer token gets past them.
const TOKEN = 'role-test-telephony-token-0123456789abcdef'
let server: TestServer
beforeAll(async () => {
  server = await startTestServer({ telephony: [{ provider: 'test-pbx', tokenSha256: tokenSha256(TOKEN) }] })
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

  it('lets only a configured bearer token through telephony routes, never a wrong one', async () => {
    const telephony = cases().filter(({ r }) => r.permission === 'telephony')
    for (const { r, path } of telephony) {
      const call = (authorization: string) =>
        server.app.request(path, {
          method: r.method.toUpperCase(),
          headers: { authorization, 'content-type': 'application/json' },
          body: r.method === 'get' ? undefined : '{}',
        })
      expect((await call(`Bearer ${TOKEN}x`)).status, path).toBe(401)
      expect((await call(`Basic ${TOKEN}`)).status, path).toBe(401)
      expect([401, 403], path).not.toContain((await call(`Bearer ${TOKEN}`)).status)
    }
  })

  for (const role of ROLES) {
    it(`lets ${role} through exactly the routes whose permission it has`, async () => {
      for (const { r, path } of cases()) {
        if (r.permission === 'public') continue
        if (!isPermission(r.permission)) {
          // A staff cookie is not a telephone service's token, whatever the role.
          const res = await quickClient(server, role).request(r.method.toUpperCase(), path, {})
          expect(res.status, `${role} ${r.method} ${path}`).toBe(401)
          continue
        }
        const permission = r.permission
        // A fresh session each time, since a route such as sign-out ends the one it is called with.
        const client = quickClient(server, role)
        const body = r.method === 'get' || r.method === 'delete' ? undefined : {}
        const res = await client.request(r.method.toUpperCase(), path, body)
        const label = `${role} ${r.method} ${path} → ${res.status}`
        if (can(role, permission)) expect([401, 403], label).not.toContain(res.status)
        else {
          expect(res.status, label).toBe(403)
          expect(await res.json(), label).toMatchObject({ error: { code: 'forbidden' } })
        }
        expect(res.status, label).toBeLessThan(500)
      }
    })
  }
})
