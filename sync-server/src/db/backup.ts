import type { Db } from './open'

/**
 * Online backup: SQLite copies the database page by page while the server keeps serving.
 * The result is a consistent single file (no -wal needed) that `MADOGUCHI_DB` can point at.
 */
export async function backupDatabase(db: Db, destination: string): Promise<{ pages: number }> {
  const result = await db.backup(destination)
  return { pages: result.totalPages }
}
