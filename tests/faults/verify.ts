import type { BacklogSpec, ServerView } from '../support/sync'

type Snapshot = {
  outbox: { recordId: string; state: string }[]
  intakes: { id: string }[]
  notes: { id: string }[]
  photos: { id: string }[]
  receipts: { recordId: string; version: number; sha256?: string }[]
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
): string[] {
  const problems = purgedOnlyAcknowledged(spec, device, server)
  if (device.outbox.length) problems.push(`outbox still holds ${device.outbox.length} entries`)
  for (const table of [device.intakes, device.notes, device.photos]) {
    if (table.length) problems.push(`device still holds ${table.length} personal records`)
  }
  for (const [key, count] of server.applied) if (count !== 1) problems.push(`${key} applied ${count} times`)
  const receipts = new Map(device.receipts.map((r) => [r.recordId, r]))
  for (const s of spec.sessions) if (server.versions.get(s.id) !== 1) problems.push(`session ${s.id} missing`)
  for (const i of spec.intakes) {
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
    if (server.data.get(n.id)?.text !== n.text) problems.push(`note ${n.id} missing or changed`)
  }
  for (const p of spec.photos) {
    const expected = photoHashes.get(p.id)
    if (server.photoShas.get(p.id) !== expected) problems.push(`photo ${p.id} metadata missing or wrong hash`)
    if (!expected || server.blobs.get(expected) !== expected) problems.push(`photo ${p.id} bytes differ`)
    if (receipts.get(p.id)?.sha256 !== expected) problems.push(`photo ${p.id} receipt hash differs`)
  }
  return problems
}
