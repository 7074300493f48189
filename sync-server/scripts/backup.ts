// Online backup of the live database: `npm run backup -w @madoguchi/sync-server -- <destination>`.
// The copy gets a generation of its own, and the live database notes what it holds, so tablets may
// purge what it contains (docs/sync.md "Restore from backup").
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
const { pages, through } = await backupDatabase(db, destination)
db.close()
process.stdout.write(
  `backed up ${dbPath} to ${destination} (${pages} pages; holds everything through ${through})\n`,
)
