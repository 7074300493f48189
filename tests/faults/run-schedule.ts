import { expectedPhotoHashes, makeBacklog, readServer } from '../support/sync'
import type { Rig } from './harness'
import type { Fault } from './proxy'
import { faultPolicy, type ScheduleOptions, streamOf } from './schedule'
import { finalProblems, purgedOnlyAcknowledged } from './verify'

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
}

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
  // Staff keep working while it sends: one intake is edited at a random moment.
  const target = spec.intakes[Math.floor(random() * spec.intakes.length)]
  const edited: { id: string; memo: string; version?: number | null } | null =
    target && random() < 0.6 ? { id: target.id, memo: `${target.memo} 追記あり` } : null
  const editAfter = Math.floor(random() * 400)
  const checkAfter = 150 + Math.floor(random() * 300)
  const editing = edited
    ? (async () => {
        await new Promise((r) => setTimeout(r, editAfter))
        await rig.settled()
        await rig.page
          .evaluate((e) => window.__madoguchiSync?.editIntake(e.id, e.memo), edited)
          // the page reloaded under the call: the edit may or may not have landed
          .then((version) => {
            edited.version = version
          })
          .catch(() => undefined)
      })()
    : Promise.resolve()
  const midway = (async () => {
    await new Promise((r) => setTimeout(r, checkAfter))
    await rig.settled()
    const device = await rig.snapshot().catch(() => null)
    return device ? purgedOnlyAcknowledged(spec, device, readServer(rig.dbPath)) : []
  })()
  try {
    await rig.syncUntilIdle(90_000)
    await editing
    await rig.syncUntilIdle(30_000) // the edit may have queued a new version after the drain
  } catch (error) {
    throw new Error(`${(error as Error).message}; ${await stuck(rig)}`)
  } finally {
    rig.proxy.setPolicy(null)
  }
  const midProblems = await midway
  await rig.settled()

  const device = await rig.snapshot()
  return {
    problems: [...midProblems, ...finalProblems(spec, hashes, edited, device, readServer(rig.dbPath))],
    faults: { ...rig.proxy.counts },
    records: spec.sessions.length + spec.intakes.length + spec.notes.length,
    photos: spec.photos.length,
    edited: edited !== null,
  }
}

/** What the device still holds when its outbox would not drain, and whether it drains with the faults off. */
async function stuck(rig: Rig): Promise<string> {
  const device = await rig.snapshot().catch(() => null)
  if (!device) return 'the page did not answer'
  const states = device.outbox.map(
    (o) => `${o.entity} v${o.version} ${o.state}${o.rejection ? ` (${o.rejection})` : ''}`,
  )
  rig.proxy.setPolicy(null)
  const later = await rig
    .syncUntilIdle(60_000)
    .then(() => 'it drained within 60 s once the faults stopped')
    .catch(() => 'it did not drain within 60 s with the faults off either')
  return `outbox: ${states.join(', ')}; status ${JSON.stringify(device.status)}; proxy counts ${JSON.stringify(rig.proxy.counts)}; ${later}`
}
