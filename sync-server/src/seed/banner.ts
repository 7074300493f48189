import { DEMO_STAFF } from './demo'

/**
 * What the server prints when it starts. The demo passwords only when a person is watching (stderr
 * is a terminal): a server run under systemd or with its output sent to a file must not write
 * passwords into a log, where they outlive the demo.
 */
export function startBanner(o: { url: string; dbPath: string; seeded: boolean; tty: boolean | undefined }) {
  const head = `\n  madoguchi is running at ${o.url}\n  database: ${o.dbPath}\n`
  if (!o.seeded && !o.tty) return `${head}\n`
  if (!o.tty) return `${head}  demo logins: see README (not printed, output is not a terminal)\n\n`
  const logins = DEMO_STAFF.map((s) => `    ${s.role.padEnd(11)} ${s.loginId.padEnd(11)} ${s.password}`).join(
    '\n',
  )
  return `${head}\n  demo logins (role, login ID, password):\n${logins}\n\n`
}
