import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { NOW } from '../testing/booking'
import {
  CAPACITY,
  checkInvariants,
  DATE,
  fitsModel,
  LENGTH,
  type Model,
  type ModelBooking,
  type ModelHold,
  type Real,
  TIMES,
  type TypeCode,
} from '../testing/capacity-model'
import { type Client, quickClient, startTestServer, type TestServer } from '../testing/harness'

// Random sequences of create / move / cancel / hold / release / time passing, run against the real
// service in-process and against a model that counts places per slot index in the plainest way.
// After every step: no slot over capacity, every booking the model knows is in the database as the
// model expects it (none lost, none extra), and versions only go up.

/** Every step checks the invariants after it has run. */
abstract class Step implements fc.AsyncCommand<Model, Real> {
  abstract check: (m: Readonly<Model>) => boolean
  abstract apply(model: Model, real: Real): Promise<void>
  async run(model: Model, real: Real) {
    await this.apply(model, real)
    checkInvariants(model, real)
  }
}

let bodySerial = 0
const personOf = (type: TypeCode) => ({
  type,
  name: '試験 太郎',
  kana: 'シケン タロウ',
  birthDate: '1970-01-01',
  phone: '0311112222',
  proxy: false,
})

class CreateCmd extends Step {
  constructor(
    readonly slot: number,
    readonly types: TypeCode[],
    readonly holdPick: number | null,
  ) {
    super()
  }
  override check = () => true
  override async apply(model: Model, real: Real) {
    const hold =
      this.holdPick === null ? undefined : model.holds[this.holdPick % Math.max(1, model.holds.length)]
    const lens = this.types.map((t) => LENGTH[t])
    const expected = fitsModel(model, this.slot, lens, { hold: hold?.id })
    const res = await real.operator.request('POST', '/api/bookings', {
      idempotencyKey: `00000000-0000-4000-8000-${String(++bodySerial).padStart(12, '0')}`,
      date: DATE,
      time: TIMES[this.slot],
      holdId: hold?.id,
      people: this.types.map(personOf),
    })
    expect(res.status, `${this.toString()} ${res.status === 422 ? await res.text() : ''}`).toBe(
      expected ? 201 : 409,
    )
    if (!expected) return
    const body = (await res.json()) as { bookings: { id: string }[] }
    body.bookings.forEach((b, i) => {
      model.bookings.push({ id: b.id, slot: this.slot, len: lens[i] ?? 1, live: true, version: 1 })
    })
    if (hold) model.holds = model.holds.filter((h) => h.id !== hold.id)
  }
  override toString = () => `create(${TIMES[this.slot]}, ${this.types}, hold ${this.holdPick})`
}

class MoveCmd extends Step {
  constructor(
    readonly pick: number,
    readonly slot: number,
    readonly stale: boolean,
  ) {
    super()
  }
  override check = (m: Readonly<Model>) => m.bookings.length > 0
  override async apply(model: Model, real: Real) {
    const b = model.bookings[this.pick % model.bookings.length] as ModelBooking
    const expected = this.stale
      ? 409
      : !b.live
        ? 409
        : fitsModel(model, this.slot, [b.len], { booking: b.id })
          ? 200
          : 409
    const res = await real.operator.request('POST', `/api/bookings/${b.id}/move`, {
      date: DATE,
      time: TIMES[this.slot],
      expectedVersion: this.stale ? b.version - 1 : b.version,
    })
    expect(res.status, this.toString()).toBe(expected)
    if (expected === 200) {
      b.slot = this.slot
      b.version += 1
    }
  }
  override toString = () => `move(#${this.pick} → ${TIMES[this.slot]}${this.stale ? ', stale' : ''})`
}

class CancelCmd extends Step {
  constructor(readonly pick: number) {
    super()
  }
  override check = (m: Readonly<Model>) => m.bookings.length > 0
  override async apply(model: Model, real: Real) {
    const b = model.bookings[this.pick % model.bookings.length] as ModelBooking
    const res = await real.operator.request('POST', `/api/bookings/${b.id}/cancel`, {
      expectedVersion: b.version,
    })
    expect(res.status, this.toString()).toBe(b.live ? 200 : 409)
    if (b.live) {
      b.live = false
      b.version += 1
    }
  }
  override toString = () => `cancel(#${this.pick})`
}

class HoldCmd extends Step {
  constructor(
    readonly slot: number,
    readonly type: TypeCode,
    readonly people: number,
  ) {
    super()
  }
  override check = () => true
  override async apply(model: Model, real: Real) {
    const len = LENGTH[this.type]
    const expected = fitsModel(
      model,
      this.slot,
      Array.from({ length: this.people }, () => len),
    )
    const res = await real.operator.request('POST', '/api/booking/holds', {
      type: this.type,
      date: DATE,
      time: TIMES[this.slot],
      people: this.people,
    })
    expect(res.status, this.toString()).toBe(expected ? 201 : 409)
    if (!expected) return
    const hold = (await res.json()) as { id: string }
    model.holds.push({
      id: hold.id,
      slot: this.slot,
      len,
      people: this.people,
      expires: model.now + 5 * 60_000,
    })
  }
  override toString = () => `hold(${TIMES[this.slot]}, ${this.type} × ${this.people})`
}

class ReleaseCmd extends Step {
  constructor(readonly pick: number) {
    super()
  }
  override check = (m: Readonly<Model>) => m.holds.length > 0
  override async apply(model: Model, real: Real) {
    const h = model.holds[this.pick % model.holds.length] as ModelHold
    // An expired hold may already have been swept away by another hold's request: 204 or 404.
    const res = await real.operator.request('DELETE', `/api/booking/holds/${h.id}`)
    expect([204, 404]).toContain(res.status)
    if (h.expires > model.now) expect(res.status).toBe(204)
    model.holds = model.holds.filter((x) => x.id !== h.id)
  }
  override toString = () => `release(#${this.pick})`
}

class TimePassesCmd extends Step {
  constructor(readonly minutes: number) {
    super()
  }
  override check = () => true
  override async apply(model: Model, real: Real) {
    model.now += this.minutes * 60_000
    real.server.setNow(new Date(model.now))
  }
  override toString = () => `wait(${this.minutes} min)`
}

let server: TestServer
let operator: Client
beforeAll(async () => {
  server = await startTestServer()
  server.setNow(NOW)
  operator = quickClient(server, 'operator')
  const supervisor = quickClient(server, 'supervisor')
  const doc = (await (await supervisor.request('GET', '/api/booking/calendar')).json()) as {
    version: number
    calendar: { exceptions: unknown[] }
  }
  const exception = { date: DATE, open: true, opens: '09:00', closes: '10:30', capacity: CAPACITY }
  const put = await supervisor.request('PUT', '/api/booking/calendar', {
    expectedVersion: doc.version,
    calendar: { ...doc.calendar, exceptions: [exception] },
  })
  expect(put.status).toBe(200)
  await supervisor.request('PUT', '/api/booking/types/other', { slots: 1 })
  await supervisor.request('PUT', '/api/booking/types/renewal', { slots: 2 })
})
afterAll(() => server.close())

const slot = fc.integer({ min: 0, max: TIMES.length - 1 })
const type = fc.constantFrom<TypeCode>('other', 'renewal')
const commands = [
  fc
    .tuple(slot, fc.array(type, { minLength: 1, maxLength: 3 }), fc.option(fc.nat(5)))
    .map(([s, t, h]) => new CreateCmd(s, t, h)),
  fc.tuple(fc.nat(20), slot, fc.boolean()).map(([p, s, stale]) => new MoveCmd(p, s, stale)),
  fc.nat(20).map((p) => new CancelCmd(p)),
  fc.tuple(slot, type, fc.integer({ min: 1, max: 2 })).map(([s, t, n]) => new HoldCmd(s, t, n)),
  fc.nat(5).map((p) => new ReleaseCmd(p)),
  fc.integer({ min: 1, max: 4 }).map((m) => new TimePassesCmd(m)),
]

describe('capacity under random sequences (fast-check)', () => {
  it('never exceeds capacity, never loses a booking, and only raises versions', async () => {
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 40 }), async (cmds) => {
        // A fresh state each run, on the same database file and app.
        for (const table of ['booking_events', 'bookings', 'slot_holds', 'idempotency_keys']) {
          server.db.prepare(`DELETE FROM ${table}`).run()
        }
        server.setNow(NOW)
        const model: Model = { now: NOW.getTime(), bookings: [], holds: [] }
        const real: Real = { server, operator }
        await fc.asyncModelRun(() => ({ model, real }), cmds)
      }),
      { numRuns: 60 },
    )
  })
})
