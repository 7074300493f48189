import { type ChildProcess, fork } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface RunningServer {
  url: string
  port: number
  dbPath: string
  process: ChildProcess
  /** Everything the server printed, for tests that check the logs. */
  output: () => string
  stop(signal?: NodeJS.Signals): Promise<void>
}

/**
 * The real server as its own process, on a free port of 127.0.0.1 and a fresh SQLite file, exactly as
 * `npm start` runs it (migrate, seed demo data, serve pwa/dist). Pass `dbPath` to restart on the same file.
 */
export async function startServer(
  options: { dbPath?: string; env?: Record<string, string> } = {},
): Promise<RunningServer> {
  const dir = options.dbPath ? undefined : mkdtempSync(join(tmpdir(), 'madoguchi-e2e-'))
  const dbPath = options.dbPath ?? join(dir as string, 'e2e.sqlite')
  let output = ''
  const child = fork(join(ROOT, 'sync-server/src/main.ts'), [], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: '0',
      MADOGUCHI_DB: dbPath,
      LOG_LEVEL: 'warn',
      // Tests book their own slots; demo bookings would take places they count on.
      MADOGUCHI_DEMO_BOOKINGS: '0',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  child.stdout?.on('data', (chunk) => {
    output += chunk
  })
  child.stderr?.on('data', (chunk) => {
    output += chunk
  })
  const port = await new Promise<number>((resolve, reject) => {
    // Generous: on a shared 2-core machine under load, tsx alone can take tens of seconds.
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`server did not start:\n${output}`))
    }, 120_000)
    child.on('message', (message: { type?: string; port?: number }) => {
      if (message.type === 'listening' && message.port) {
        clearTimeout(timer)
        resolve(message.port)
      }
    })
    child.on('exit', (code) => reject(new Error(`server exited with ${code}:\n${output}`)))
  })
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dbPath,
    process: child,
    output: () => output,
    stop: (signal = 'SIGTERM') =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve()
          return
        }
        child.once('exit', () => {
          if (dir) rmSync(dir, { recursive: true, force: true })
          resolve()
        })
        child.kill(signal)
      }),
  }
}
