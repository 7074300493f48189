import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Role } from '@madoguchi/shared'
import { createApp } from '../app'
import { SESSION_COOKIE } from '../auth/authorize'
import { startSession } from '../auth/service'
import { migrate } from '../db/migrate'
import { type Db, openDatabase } from '../db/open'
import { type Config, DEFAULT_CONFIG, type Deps } from '../deps'
import { createLogger } from '../http/logger'
import { DEMO_STAFF, seedDemoData } from '../seed/demo'
import { seedReferenceData } from '../sync/reference-service'

export interface TestServer {
  app: ReturnType<typeof createApp>['app']
  features: ReturnType<typeof createApp>['features']
  deps: Deps
  db: Db
  dir: string
  logLines: string[]
  /** Move the server's clock. */
  setNow(date: Date): void
  close(): void
}

/** A real app on a real SQLite file in a fresh temp folder, seeded with the demo staff. */
export async function startTestServer(overrides: Partial<Config> = {}): Promise<TestServer> {
  const dir = mkdtempSync(join(tmpdir(), 'madoguchi-test-'))
  const db = openDatabase(join(dir, 'test.sqlite'))
  migrate(db)
  await seedDemoData(db)
  seedReferenceData(db, { demoSites: true })
  let now = new Date()
  const logLines: string[] = []
  const deps: Deps = {
    db,
    config: { ...DEFAULT_CONFIG, ...overrides },
    log: createLogger({ level: 'debug', write: (line) => logLines.push(line) }),
    now: () => now,
  }
  const { app, features } = createApp(deps)
  return {
    app,
    features,
    deps,
    db,
    dir,
    logLines,
    setNow: (date) => {
      now = date
    },
    close: () => {
      db.close()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

export interface Client {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>
  csrfToken: string
  cookie: string
}

/** Sign in as the demo user of a role and return a client that sends the cookie and CSRF token. */
export async function signedInClient(server: TestServer, role: Role): Promise<Client> {
  const demo = DEMO_STAFF.find((s) => s.role === role)
  if (!demo) throw new Error(`no demo user for ${role}`)
  const res = await server.app.request('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ loginId: demo.loginId, password: demo.password }),
  })
  if (res.status !== 200) throw new Error(`sign-in as ${role} failed: ${res.status}`)
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? ''
  const { csrfToken } = (await res.json()) as { csrfToken: string }
  return clientWith(server, cookie, csrfToken)
}

/** A client for a role without the cost of a password check: for tests that need many sessions. */
export function quickClient(server: TestServer, role: Role): Client {
  const row = server.db.prepare('SELECT * FROM staff WHERE role = ? LIMIT 1').get(role) as {
    id: string
    login_id: string
    display_name: string
  }
  const { token, info } = startSession(server.deps, {
    id: row.id,
    loginId: row.login_id,
    displayName: row.display_name,
    role,
  })
  return clientWith(server, `${SESSION_COOKIE}=${token}`, info.csrfToken)
}

export function clientWith(server: TestServer, cookie: string, csrfToken: string): Client {
  return {
    cookie,
    csrfToken,
    request: (method, path, body, headers = {}) =>
      Promise.resolve(
        server.app.request(path, {
          method,
          headers: {
            cookie,
            'x-csrf-token': csrfToken,
            ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
            ...headers,
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        }),
      ),
  }
}

export function jsonRequest(body: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  }
}
