import type { Role } from '@madoguchi/shared'
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest'
import type { Config } from '../deps'
import { type Client, quickClient, startTestServer, type TestServer } from './harness'

export interface UsedServer {
  /** The server of the running test (a fresh one per test unless `shared`). */
  readonly server: TestServer
  /** Signed in as the role given to useTestServer. */
  readonly client: Client
  /** Signed in as another role (one session per role and server). */
  as(role: Role): Client
  /** A new session for `role` (default: the test's role), e.g. after moving the clock past the old one. */
  fresh(role?: Role): Client
}

/**
 * The server tests' one set-up: a real app on a fresh SQLite file before each test (or once for the
 * file with `shared`), its clock at `now`, a client signed in as `role`, closed afterwards. Read
 * `t.server` and `t.client` inside the tests: they are filled in when each test starts.
 */
export function useTestServer(
  role: Role,
  options: { now?: Date; shared?: boolean; config?: Partial<Config> } = {},
): UsedServer {
  let server: TestServer | undefined
  let clients = new Map<Role, Client>()
  const started = () => {
    if (!server) throw new Error('useTestServer: the server exists only inside a test')
    return server
  }
  const as = (r: Role) => {
    const existing = clients.get(r)
    if (existing) return existing
    const client = quickClient(started(), r)
    clients.set(r, client)
    return client
  }
  ;(options.shared ? beforeAll : beforeEach)(async () => {
    server = await startTestServer(options.config)
    if (options.now) server.setNow(options.now)
    clients = new Map()
  })
  ;(options.shared ? afterAll : afterEach)(() => {
    server?.close()
    server = undefined
  })
  return {
    get server() {
      return started()
    },
    get client() {
      return as(role)
    },
    as,
    fresh(r: Role = role) {
      clients.delete(r)
      return as(r)
    },
  }
}
