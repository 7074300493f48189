import type { BacklogSpec, ServerView } from '../support/sync'

type Snapshot = {
  outbox: { recordId: string; state: string }[]
  intakes: { id: string }[]
  notes: { id: string }[]
  photos: { id: string }[]
  receipts: { recordId: string; version: number; sha256?: string; deleted?: boolean }[]
  auditTrail: number
}

/** What staff changed on the tablet during a schedule (run-schedule.ts ACTIONS). */
export interface Changes {
  /** Records staff deleted (a visitor, a note, or a photo a retake replaced). */
  deleted: Set<string>
  /** Records that went with a deleted visitor (its note and photos). */
  gone: Set<string>
  /** Photos taken again: they arrive like any other. */
  retakes: { id: string; sha256: string }[]
  /** Visitors opened on the tablet: each read reaches the server's audit log once. */
  reads: string[]
}

/**
 * The device purged only what the server acknowledged: every seeded record missing from the device
 * (and not waiting in its outbox) is on the server with at least the version its receipt names.
 * Holds at any moment, so the random test checks it mid-run as well as at the end.
 */
export function purgedOnlyAcknowledged(spec: BacklogSpec, device: Snapshot, server: ServerView): string[] {
  const problems: string[] = []
  const onDevice = new Set([...device.intakes, ...device.notes, ...device.photos].map((r) => r.id))
  const receipts = new Map(device.receipts.map((r) => [r.recordId, r]))
  for (const id of [...spec.intakes, ...spec.notes, ...spec.photos].map((r) => r.id)) {
    if (onDevice.has(id)) continue
    const receipt = receipts.get(id)
    // Deleted on the device: its deletion is checked at the end (changeProblems).
    if (receipt?.deleted) continue
    // Deleted on the server with the visitor it belonged to (a note or photo sent and purged before
    // staff deleted the visitor): the tombstone says it went on purpose, so its absence is no loss.
    if (server.deleted.has(id)) continue
    const held = server.versions.get(id)
    if (!receipt) problems.push(`${id} left the device without a receipt`)
    else if (held === undefined || held < receipt.version) {
      problems.push(`${id} purged at v${receipt.version} but the server holds v${held}`)
    }
  }
  return problems
}

/** Everything arrived exactly once and unchanged, the outbox is empty, the device kept nothing personal. */
export function finalProblems(
  spec: BacklogSpec,
  photoHashes: Map<string, string>,
  edited: { id: string; memo: string; version?: number | null } | null,
  device: Snapshot,
  server: ServerView,
  changes: Changes = { deleted: new Set(), gone: new Set(), retakes: [], reads: [] },
): string[] {
  const problems = purgedOnlyAcknowledged(spec, device, server)
  const removed = (id: string) => changes.deleted.has(id) || changes.gone.has(id)
  if (device.auditTrail) problems.push(`the device audit trail still holds ${device.auditTrail} entries`)
  if (device.outbox.length) problems.push(`outbox still holds ${device.outbox.length} entries`)
  for (const table of [device.intakes, device.notes, device.photos]) {
    if (table.length) problems.push(`device still holds ${table.length} personal records`)
  }
  for (const [key, count] of server.applied) if (count !== 1) problems.push(`${key} applied ${count} times`)
  const receipts = new Map(device.receipts.map((r) => [r.recordId, r]))
  for (const s of spec.sessions) if (server.versions.get(s.id) !== 1) problems.push(`session ${s.id} missing`)
  for (const i of spec.intakes) {
    if (removed(i.id)) continue
    const data = server.data.get(i.id)
    const version = server.versions.get(i.id)
    const memo = version === 2 && edited?.id === i.id ? edited.memo : i.memo
    // An edit the device saved (it returned its new version) must never be lost to a purge.
    if (edited?.id === i.id && typeof edited.version === 'number' && version !== edited.version) {
      problems.push(`intake ${i.id} edit v${edited.version} lost: the server holds v${version}`)
    }
    if (!data) problems.push(`intake ${i.id} missing`)
    else if (data.memo !== memo) problems.push(`intake ${i.id} v${version} has the wrong memo`)
    if (receipts.get(i.id)?.version !== version) problems.push(`intake ${i.id} receipt is not v${version}`)
  }
  for (const n of spec.notes) {
    if (removed(n.id)) continue
    if (server.data.get(n.id)?.text !== n.text) problems.push(`note ${n.id} missing or changed`)
  }
  for (const p of spec.photos) {
    if (removed(p.id)) continue
    const expected = photoHashes.get(p.id)
    if (server.photoShas.get(p.id) !== expected) problems.push(`photo ${p.id} metadata missing or wrong hash`)
    if (!expected || server.blobs.get(expected) !== expected) problems.push(`photo ${p.id} bytes differ`)
    if (receipts.get(p.id)?.sha256 !== expected) problems.push(`photo ${p.id} receipt hash differs`)
  }
  return problems
}

/**
 * Staff's changes during the send (issue #17.2): what was deleted is not on the server (a tombstone
 * instead, and a deleted photo's bytes gone), nor what went with it; a retaken photo arrived once
 * with its bytes; every read opened on the tablet is in the audit log exactly once.
 */
export function changeProblems(
  changes: Changes,
  device: Snapshot,
  server: ServerView,
  reads: Map<string, number>,
): string[] {
  const problems: string[] = []
  for (const id of changes.deleted) {
    if (server.versions.has(id)) problems.push(`${id} was deleted on the tablet but the server holds it`)
    if (!server.deleted.has(id)) problems.push(`${id} was deleted on the tablet but has no tombstone`)
  }
  for (const id of changes.gone) {
    if (server.versions.has(id)) problems.push(`${id} went with its deleted visitor but the server holds it`)
  }
  // Any record the device marks deleted is gone from the server, whatever action caused it.
  for (const r of device.receipts) {
    if (r.deleted && server.versions.has(r.recordId)) {
      problems.push(`${r.recordId} is deleted on the device but held on the server`)
    }
  }
  for (const shot of changes.retakes) {
    if (server.photoShas.get(shot.id) !== shot.sha256)
      problems.push(`retake ${shot.id} missing or wrong hash`)
    if (server.blobs.get(shot.sha256) !== shot.sha256) problems.push(`retake ${shot.id} bytes differ`)
    if (server.applied.get(`${shot.id}@1`) !== 1) problems.push(`retake ${shot.id} not applied exactly once`)
  }
  for (const [id, count] of reads) {
    if (count !== 1) problems.push(`the read of ${id} is in the audit log ${count} times, not once`)
  }
  return problems
}
