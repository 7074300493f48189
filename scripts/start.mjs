// `npm start`: build the PWA if needed, then run the server, which migrates, seeds demo data on an
// empty database, serves the PWA and /api on one port, and prints the URL and the demo logins.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { ensurePwaBuilt, ROOT } from './pwa-build.mjs'

ensurePwaBuilt()
const server = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'sync-server/src/main.ts')], {
  cwd: ROOT,
  stdio: 'inherit',
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.on('exit', (code) => process.exit(code ?? 0))
