import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from '../support/server'
import { type Rig, startRig } from './harness'
import { runSchedule, SCENARIOS } from './run-schedule'

// Many randomized fault schedules over seeded backlogs: whatever the network and the server do, every
// record and photo arrives exactly once and byte-identical, the outbox drains, and the device purges
// only what the server acknowledged. CI runs a few; `npm run test:faults` runs FAULT_SCHEDULES of them
// (500 unless set). Schedule n uses seed FAULT_SEED + n; FAULT_ONLY=n runs schedule n alone, which is
// how a failure is replayed.
const SCHEDULES = Number(process.env.FAULT_SCHEDULES ?? 7)
const BASE_SEED = Number(process.env.FAULT_SEED ?? 20261125)
const ONLY = process.env.FAULT_ONLY === undefined ? undefined : Number(process.env.FAULT_ONLY)
const PROGRESS_EVERY = Number(process.env.FAULT_PROGRESS_EVERY ?? 10)
/**
 * The most one schedule may take: its drains allow 90 s + 30 s, plus a restart and a reload. The
 * test's timeout is this times the count, so a long run ends by finishing, never by the clock.
 */
const SCHEDULE_BUDGET_MS = 150_000
const indexes = ONLY === undefined ? Array.from({ length: SCHEDULES }, (_, n) => n) : [ONLY]

/** Progress goes to the terminal and to a file, which a run in the background can be followed by. */
const PROGRESS_FILE = join(ROOT, 'tests/artifacts/faults-progress.txt')
function report(line: string): void {
  process.stdout.write(`${line}\n`)
  appendFileSync(PROGRESS_FILE, `${new Date().toISOString()} ${line}\n`)
}

function replayCommand(index: number): string {
  return `FAULT_SEED=${BASE_SEED} FAULT_ONLY=${index} npm run test:faults`
}

let rig: Rig
beforeAll(async () => {
  mkdirSync(join(ROOT, 'tests/artifacts'), { recursive: true })
  writeFileSync(PROGRESS_FILE, '')
  rig = await startRig()
})
afterAll(async () => {
  await rig?.close()
})

describe('randomized fault schedules', () => {
  it(
    `keeps every sync invariant over ${indexes.length} schedules`,
    async () => {
      const started = Date.now()
      const totals: Record<string, number> = {}
      let done = 0
      const failures: string[] = []
      let records = 0
      let photos = 0
      let edits = 0
      const actions: Record<string, number> = {}
      const elapsed = () => `${((Date.now() - started) / 1000).toFixed(0)} s`
      const faultCount = () => Object.values(totals).reduce((a, b) => a + b, 0)
      const summary = () =>
        `${done} schedules (${done - failures.length} passed), ${faultCount()} faults injected (${Object.entries(
          totals,
        )
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}), ${rig.kills} server kills, ${rig.reloads} page reloads, ${edits} edits during ` +
        `sync; staff actions during sync: ${Object.entries(actions)
          .map(([k, v]) => `${k} ${v}`)
          .join(', ')}; ${records} records and ${photos} photos arrived exactly once; ${elapsed()}`
      report(`fault test: ${indexes.length} schedules from seed ${BASE_SEED}`)
      for (const n of indexes) {
        const seed = BASE_SEED + n
        const name = `schedule ${n} (seed ${seed}${SCENARIOS[n] ? `, ${SCENARIOS[n].name}` : ''})`
        let problems: string[]
        let fatal = false
        try {
          const result = await runSchedule(rig, n, seed)
          problems = result.problems
          for (const [fault, count] of Object.entries(result.faults))
            totals[fault] = (totals[fault] ?? 0) + count
          if (!problems.length) {
            records += result.records
            photos += result.photos
          }
          if (result.edited) edits++
          for (const [kind, count] of Object.entries(result.actions))
            actions[kind] = (actions[kind] ?? 0) + count
        } catch (error) {
          // The device could not recover: later schedules would only inherit its backlog.
          problems = [`${(error as Error).message}`]
          fatal = true
        }
        done++
        if (problems.length) {
          failures.push(`${name}: ${problems.join(' | ')}; replay: ${replayCommand(n)}`)
          report(`FAILED ${name}: ${problems.join(' | ')}`)
          report(`replay it: ${replayCommand(n)}`)
          if (fatal) break
        }
        if (done % PROGRESS_EVERY === 0 && done < indexes.length) {
          report(`  ${done}/${indexes.length} schedules, ${faultCount()} faults so far, ${elapsed()}`)
        }
      }
      report(`\nfault test: ${summary()}${failures.length ? `; ${failures.length} schedules FAILED` : ''}`)
      expect(failures, 'failed schedules (each with its replay command)').toEqual([])
      expect(faultCount()).toBeGreaterThan(0)
    },
    indexes.length * SCHEDULE_BUDGET_MS + 60_000,
  )
})
