import { inWriteTransaction } from '../db/open'
import type { Deps } from '../deps'
import { deleteAbandonedUploads } from './photo-queries'

/**
 * Half-uploaded photos are a face's bytes the server holds for nobody: a tablet that was wiped or
 * lost never finishes them. After `abandonedUploadHours` without a chunk they are deleted (with
 * secure_delete on, their pages are zeroed). Runs at start and then every `everyMs`.
 */
export function sweepAbandonedUploads(deps: Deps): number {
  const before = new Date(deps.now().getTime() - deps.config.abandonedUploadHours * 3_600_000).toISOString()
  const swept = inWriteTransaction(deps.db, () => deleteAbandonedUploads(deps.db, before))
  if (swept > 0) deps.log.info('abandoned_uploads_swept', { count: swept })
  return swept
}

export function startUploadSweeper(deps: Deps, everyMs = 60 * 60_000): { stop(): void } {
  sweepAbandonedUploads(deps)
  const timer = setInterval(() => {
    try {
      sweepAbandonedUploads(deps)
    } catch (error) {
      deps.log.warn('abandoned_uploads_sweep_failed', { name: (error as Error).name })
    }
  }, everyMs)
  timer.unref()
  return { stop: () => clearInterval(timer) }
}
