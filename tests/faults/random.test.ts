import { mulberry32 } from '@madoguchi/shared/sync/test-bytes'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { expectedPhotoHashes, makeBacklog, readServer } from '../support/sync'
import { type Rig, startRig } from './harness'
import type { Fault } from './proxy'
import { faultPolicy, type ScheduleOptions } from './schedule'
import { finalProblems, purgedOnlyAcknowledged } from './verify'

// Many randomized fault schedules over seeded backlogs: whatever the network and the server do, every
// record and photo arrives exactly once and byte-identical, the outbox drains, and the device purges
// only what the server acknowledged. CI runs a few; `npm run test:faults` runs FAULT_SCHEDULES of them.
const SCHEDULES = Number(process.env.FAULT_SCHEDULES ?? 7)
const BASE_SEED = Number(process.env.FAULT_SEED ?? 20261125)

// The named scenarios come first, so even the short run covers each of them.
const SCENARIOS: { name: string; forced: ScheduleOptions['forced'] }[] = [
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

let rig: Rig
beforeAll(async () => {
  rig = await startRig()
})
afterAll(async () => {
  await rig?.close()
})

describe('randomized fault schedules', () => {
  it(`keeps every sync invariant over ${SCHEDULES} schedules`, async () => {
    const started = Date.now()
    const totals: Record<string, number> = {}
    let records = 0
    let photos = 0
    let edits = 0
    for (let n = 0; n < SCHEDULES; n++) {
      const seed = BASE_SEED + n
      const random = mulberry32(seed)
      const scenario = SCENARIOS[n]
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
      const editing = edited
        ? (async () => {
            await new Promise((r) => setTimeout(r, Math.floor(random() * 400)))
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
        await new Promise((r) => setTimeout(r, 150 + Math.floor(random() * 300)))
        await rig.settled()
        const device = await rig.snapshot().catch(() => null)
        return device ? purgedOnlyAcknowledged(spec, device, readServer(rig.dbPath)) : []
      })()
      await rig.syncUntilIdle(90_000)
      await editing
      await rig.syncUntilIdle(30_000) // the edit may have queued a new version after the drain
      const midProblems = await midway
      rig.proxy.setPolicy(null)
      await rig.settled()

      const device = await rig.snapshot()
      const problems = [
        ...midProblems,
        ...finalProblems(spec, hashes, edited, device, readServer(rig.dbPath)),
      ]
      expect(problems, `schedule ${n} (seed ${seed}${scenario ? `, ${scenario.name}` : ''})`).toEqual([])
      for (const [fault, count] of Object.entries(rig.proxy.counts))
        totals[fault] = (totals[fault] ?? 0) + count
      records += spec.sessions.length + spec.intakes.length + spec.notes.length
      photos += spec.photos.length
      if (edited) edits++
    }
    const faults = Object.values(totals).reduce((a, b) => a + b, 0)
    const line = Object.entries(totals)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')
    process.stdout.write(
      `\nfault test: ${SCHEDULES} schedules, ${faults} faults injected (${line}), ${rig.kills} server kills, ` +
        `${rig.reloads} page reloads, ${edits} edits during sync; ${records} records and ${photos} photos ` +
        `arrived exactly once; ${((Date.now() - started) / 1000).toFixed(1)} s\n`,
    )
    expect(faults).toBeGreaterThan(0)
  }, 600_000)
})
