// Online backup of the live database: `npm run backup -w @madoguchi/sync-server -- <destination>`.
import { settingsFromEnv } from '../src/config'
import { backupDatabase } from '../src/db/backup'
import { openDatabase } from '../src/db/open'

const destination = process.argv[2]
if (!destination) {
  process.stderr.write('usage: npm run backup -w @madoguchi/sync-server -- <destination.sqlite>\n')
  process.exit(2)
}
const { dbPath } = settingsFromEnv()
const db = openDatabase(dbPath)
const { pages } = await backupDatabase(db, destination)
db.close()
process.stdout.write(`backed up ${dbPath} to ${destination} (${pages} pages)\n`)
