import { expectedPhotoHashes, makeBacklog, readDeviceReads, readServer } from '../support/sync'
import type { Rig } from './harness'
import type { Fault } from './proxy'
import { faultPolicy, type ScheduleOptions, streamOf } from './schedule'
import { type Changes, changeProblems, finalProblems, purgedOnlyAcknowledged } from './verify'

/** The named scenarios run first, so even the short CI run covers each of them. */
export const SCENARIOS: { name: string; forced: ScheduleOptions['forced'] }[] = [
  {
    name: 'duplicate deliveries (answers lost)',
    forced: [
      { fault: 'lose_response', on: 'push' },
      { fault: 'lose_response', on: 'chunk' },
    ],
  },
  { name: 'upload cut mid-chunk', forced: [{ fault: 'cut_request', on: 'chunk' }] },
  { name: 'server SIGKILLed mid-photo', forced: [{ fault: 'kill', on: 'chunk' }] },
  { name: 'server SIGKILLed mid-batch', forced: [{ fault: 'kill', on: 'push' }] },
  { name: 'page reloaded mid-upload', forced: [{ fault: 'reload', on: 'chunk' }] },
]

export interface ScheduleResult {
  problems: string[]
  faults: Record<Fault, number>
  records: number
  photos: number
  edited: boolean
  /** What staff did on the tablet while it sent (issue #17.2), counted by kind. */
  actions: Record<string, number>
}

/**
 * What staff do on the tablet while the backlog is sent, one per schedule besides the reads: edit a
 * memo, delete a visitor (with its note and photos) or a note, retake a photo, or edit a visitor the
 * server has acknowledged but the device has not purged yet.
 */
export const ACTIONS = ['edit', 'delete_intake', 'delete_note', 'retake', 'edit_after_ack'] as const
export type Action = (typeof ACTIONS)[number]

/** How long an acknowledged record stays on the device in an `edit_after_ack` schedule. */
const ACK_GRACE_MS = 120_000

/**
 * One schedule: a backlog seeded on the device, a fault policy in the proxy, staff editing while it
 * sends, then the invariants. Every choice (backlog, faults, their timing, what staff do and when)
 * comes from `seed`; schedule `index` picks a named scenario for the first few.
 */
export async function runSchedule(rig: Rig, index: number, seed: number): Promise<ScheduleResult> {
  const random = streamOf(seed, 0)
  const scenario = SCENARIOS[index]
  const spec = makeBacklog(seed, {
    sessions: 1,
    intakes: 2 + Math.floor(random() * 5),
    photos: 1 + Math.floor(random() * 4),
    // Up to 2.5 MB (the digital rule allows 7 MB): most photos fit one 1 MB chunk, some need
    // three, so a cut connection also has to resume in the middle of a photo.
    minPhoto: 20_000,
    maxPhoto: 2_500_000,
  })
  const hashes = expectedPhotoHashes(spec)
  await rig.page.evaluate(() => window.__madoguchiSync?.stop())
  await rig.seed(spec)
  for (const key of Object.keys(rig.proxy.counts)) rig.proxy.counts[key as Fault] = 0
  rig.proxy.setPolicy(
    faultPolicy({
      seed,
      rate: 0.3,
      maxFaults: 10,
      kill: scenario === undefined && random() < 0.3,
      reload: scenario === undefined && random() < 0.3,
      forced: scenario?.forced,
    }),
  )
  // Staff keep working while it sends: one action at a random moment, on a random intake.
  const action: Action | null =
    scenario === undefined ? (ACTIONS[Math.floor(random() * ACTIONS.length)] as Action) : 'edit'
  const target = spec.intakes[Math.floor(random() * spec.intakes.length)]
  const editing = action === 'edit' || action === 'edit_after_ack'
  const edited: { id: string; memo: string; version?: number | null } | null =
    target && editing && random() < 0.8 ? { id: target.id, memo: `${target.memo} 追記あり` } : null
  const actAfter = Math.floor(random() * 400)
  const checkAfter = 150 + Math.floor(random() * 300)
  const changes: Changes = { deleted: new Set(), gone: new Set(), retakes: [], reads: [] }
  // The device audit trail: staff open some visitors before and during the send (ids only); each
  // read must reach the server exactly once. A visitor that is then deleted is not opened.
  const readable = spec.intakes.filter((i) => i.id !== target?.id)
  for (const intake of readable.slice(0, 1 + Math.floor(random() * 2))) {
    await rig.page.evaluate((i) => window.__madoguchiSync?.openIntake(i.id, i.sessionId), intake)
    changes.reads.push(intake.id)
  }
  if (action === 'edit_after_ack') {
    await rig.page.evaluate((ms) => window.__madoguchiSync?.configure({ purgeGraceMs: ms }), ACK_GRACE_MS)
  }
  const acting = (async () => {
    if (!target || !action) return
    await new Promise((r) => setTimeout(r, actAfter))
    await rig.settled()
    const page = rig.page
    try {
      if (edited && action === 'edit_after_ack') {
        // Wait until the server has acknowledged the intake (a receipt) while it is still on the device.
        const until = Date.now() + 60_000
        while (Date.now() < until) {
          const device = await rig.snapshot().catch(() => null)
          if (device?.receipts.some((r) => r.recordId === target.id)) break
          await new Promise((r) => setTimeout(r, 25))
        }
      }
      if (edited) {
        edited.version = await page.evaluate((e) => window.__madoguchiSync?.editIntake(e.id, e.memo), edited)
      } else if (action === 'delete_intake') {
        if (await page.evaluate((id) => window.__madoguchiSync?.deleteIntake(id), target.id)) {
          changes.deleted.add(target.id)
          for (const n of spec.notes) if (n.intakeId === target.id) changes.gone.add(n.id)
          for (const p of spec.photos) if (p.intakeId === target.id) changes.gone.add(p.id)
        }
      } else if (action === 'delete_note') {
        const note = spec.notes.find((n) => n.intakeId === target.id)
        if (note && (await page.evaluate((id) => window.__madoguchiSync?.deleteNote(id), note.id))) {
          changes.deleted.add(note.id)
        }
      } else if (action === 'retake') {
        const shot = await page.evaluate(
          ([s, i, n]) => window.__madoguchiSync?.retakePhoto(s as string, i as string, n as number),
          [target.sessionId, target.id, Math.floor(random() * 2 ** 31)] as const,
        )
        if (shot) {
          changes.retakes.push({ id: shot.id, sha256: shot.sha256 })
          for (const id of shot.replaced) changes.deleted.add(id)
        }
      }
    } catch {
      // The page reloaded under the call: the action may or may not have landed, so nothing is
      // expected of it beyond the general invariants.
    }
  })()
  const midway = (async () => {
    await new Promise((r) => setTimeout(r, checkAfter))
    await rig.settled()
    const device = await rig.snapshot().catch(() => null)
    return device ? purgedOnlyAcknowledged(spec, device, readServer(rig.dbPath, { blobsOf: [] })) : []
  })()
  // A drain that runs out of time is a failure; whether the device then drains with the faults off
  // tells a stuck engine (stop the run) from a slow one (check the invariants and carry on).
  const drainProblems: string[] = []
  try {
    await rig.syncUntilIdle(90_000)
    await acting
    await rig.syncUntilIdle(30_000) // the action may have queued a new version after the drain
    if (action === 'edit_after_ack') {
      // The grace is over: the next pass purges what the server acknowledged, the edit included.
      await rig.page.evaluate(() => window.__madoguchiSync?.configure({ purgeGraceMs: 0 }))
      await rig.syncUntilIdle(30_000)
      await rig.page.evaluate(() => window.__madoguchiSync?.sweep())
    }
  } catch (error) {
    const { text, drained } = await stuck(rig)
    if (!drained) throw new Error(`${(error as Error).message}; ${text}`)
    drainProblems.push(`${(error as Error).message}; ${text}`)
    await acting
  } finally {
    rig.proxy.setPolicy(null)
  }
  const midProblems = await midway
  await rig.settled()

  await rig.page
    .evaluate(async () => {
      window.__madoguchiSync?.configure({ purgeGraceMs: 0 })
      await window.__madoguchiSync?.sweep()
    })
    .catch(() => undefined)
  const device = await rig.snapshot()
  // Only this schedule's photos are read back: earlier schedules' were checked when they ran.
  const server = readServer(rig.dbPath, {
    blobsOf: [...hashes.values(), ...changes.retakes.map((r) => r.sha256)],
  })
  const reads = new Map(changes.reads.map((id) => [id, readDeviceReads(rig.dbPath, id).length]))
  return {
    problems: [
      ...drainProblems,
      ...midProblems,
      ...finalProblems(spec, hashes, edited, device, server, changes),
      ...changeProblems(changes, device, server, reads),
    ],
    faults: { ...rig.proxy.counts },
    records: [...spec.sessions, ...spec.intakes, ...spec.notes].filter(
      (r) => !changes.deleted.has(r.id) && !changes.gone.has(r.id),
    ).length,
    photos:
      spec.photos.filter((p) => !changes.deleted.has(p.id) && !changes.gone.has(p.id)).length +
      changes.retakes.length,
    edited: edited !== null,
    actions: action ? { [action]: 1, reads: changes.reads.length } : { reads: changes.reads.length },
  }
}

/** What the device still holds when its outbox would not drain, and whether it drains with the faults off. */
async function stuck(rig: Rig): Promise<{ text: string; drained: boolean }> {
  const device = await rig.snapshot().catch(() => null)
  const states = device?.outbox.map(
    (o) => `${o.entity} v${o.version} ${o.state}${o.rejection ? ` (${o.rejection})` : ''}`,
  )
  const counts = JSON.stringify(rig.proxy.counts)
  rig.proxy.setPolicy(null)
  const drained = await rig
    .syncUntilIdle(60_000)
    .then(() => true)
    .catch(() => false)
  const held = device
    ? `outbox: ${states?.join(', ')}; status ${JSON.stringify(device.status)}`
    : 'the page did not answer'
  return {
    drained,
    text: `${held}; faults ${counts}; ${drained ? 'it drained within 60 s once the faults stopped' : 'it did not drain within 60 s with the faults off either'}`,
  }
}
