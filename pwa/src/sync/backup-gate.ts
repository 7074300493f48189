import type { ServerBackup } from '@madoguchi/shared'

/** An acknowledgement as the receipt keeps it: when the server held the version, and in which life. */
export interface Acknowledgement {
  ackedAt?: string
  generation?: string
}

/**
 * Whether a completed backup on the server holds what it acknowledged (issue 18 item 3): only then
 * may the tablet give up its own copy, or a restore from that backup would lose it for good. The
 * acknowledgement must come from the generation the server reports now (one from before a restore
 * says nothing about the restored database) and be no later than its `backedUpThrough`. Both times
 * are the server's, so the tablet's clock plays no part. Anything unknown keeps the record.
 */
export function backedUp(ack: Acknowledgement, server: ServerBackup | null | undefined): boolean {
  if (!server?.backedUpThrough || !ack.ackedAt || !ack.generation) return false
  if (ack.generation !== server.generation) return false
  const acked = Date.parse(ack.ackedAt)
  const through = Date.parse(server.backedUpThrough)
  return Number.isFinite(acked) && Number.isFinite(through) && acked <= through
}
