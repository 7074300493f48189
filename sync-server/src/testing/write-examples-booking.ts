import { newId } from '@madoguchi/shared'
import { expect } from 'vitest'
import { createBody, person } from './booking'
import type { Client } from './harness'
import type { ExampleContext, Examples, Json } from './write-examples-office'

/**
 * Example requests for the counter's booking routes (bookings, booking types, holds, the calendar,
 * emergency closures and their call-backs), for the end-to-end file search of issue #11
 * (http/no-number-stored.test.ts, through write-examples-desk.ts). Each maker sets up what its
 * request needs, fresh every time.
 */

// Open weekdays an emergency closure may close, each once: none holds a slot the other examples book.
const CLOSURE_DAYS = [
  '04',
  '05',
  '06',
  '07',
  '08',
  '12',
  '13',
  '14',
  '15',
  '18',
  '19',
  '21',
  '22',
  '25',
  '26',
  '27',
  '28',
  '29',
].map((d) => `2027-01-${d}`)
let closureDay = 0

export function bookingExamples({ clientFor }: ExampleContext): Examples {
  let slot = 0
  const SLOTS = ['2026-12-03', '2026-12-04', '2026-12-07', '2026-12-08', '2026-12-09'].flatMap((date) =>
    ['09:30', '10:00', '10:30', '11:00', '13:30', '14:00', '14:30', '15:00'].map((time) => ({ date, time })),
  )
  const nextSlot = () => SLOTS[slot++ % SLOTS.length] as { date: string; time: string }

  async function post(client: Client, method: string, path: string, body: unknown): Promise<Response> {
    return client.request(method.toUpperCase(), path, body)
  }

  async function newBooking(): Promise<{ id: string; version: number }> {
    const res = await post(clientFor('booking.write'), 'post', '/api/bookings', createBody(nextSlot()))
    expect(res.status).toBe(201)
    const { bookings } = (await res.json()) as { bookings: { id: string; version: number }[] }
    return bookings[0] as { id: string; version: number }
  }

  /** A valid request for each booking write route, made fresh for every variant (ids are used up). */
  return {
    'post /api/bookings': async () => ({
      path: '/api/bookings',
      body: createBody({ ...nextSlot(), people: [person({ name: '試験 花子', kana: 'シケン ハナコ' })] }),
      ok: 201,
    }),
    'post /api/bookings/:id/move': async () => {
      const b = await newBooking()
      return {
        path: `/api/bookings/${b.id}/move`,
        body: { ...nextSlot(), expectedVersion: b.version },
        ok: 200,
      }
    },
    'post /api/bookings/:id/cancel': async () => {
      const b = await newBooking()
      return {
        path: `/api/bookings/${b.id}/cancel`,
        body: { expectedVersion: b.version, reason: '都合が悪い' },
        ok: 200,
      }
    },
    'post /api/bookings/:id/attended': async () => {
      const b = await newBooking()
      return {
        path: `/api/bookings/${b.id}/attended`,
        body: { expectedVersion: b.version, reason: '来庁' },
        ok: 409,
      }
    },
    'post /api/bookings/:id/no-show': async () => {
      const b = await newBooking()
      return {
        path: `/api/bookings/${b.id}/no-show`,
        body: { expectedVersion: b.version, reason: '来庁なし' },
        ok: 409,
      }
    },
    'put /api/booking/types/:code': async () => ({
      path: '/api/booking/types/other',
      body: { slots: 2, itemsToBring: [{ ja: '交付通知書', en: 'The postcard' }] },
      ok: 200,
    }),
    'post /api/booking/holds': async () => ({
      path: '/api/booking/holds',
      body: { type: 'other', ...nextSlot(), replaces: newId() },
      ok: 201,
    }),
    'put /api/booking/calendar': async () => {
      const res = await clientFor('calendar.edit').request('GET', '/api/booking/calendar')
      const doc = (await res.json()) as {
        version: number
        calendar: { exceptions: Json[] } & Record<string, Json>
      }
      const exceptions = [{ date: '2027-01-20', open: false, note: '庁舎点検' }]
      return {
        path: '/api/booking/calendar',
        body: { expectedVersion: doc.version, calendar: { ...doc.calendar, exceptions } },
        ok: 200,
      }
    },
    'post /api/booking/closures': async () => {
      const res = await clientFor('calendar.edit').request('GET', '/api/booking/calendar')
      const { version } = (await res.json()) as { version: number }
      return {
        path: '/api/booking/closures',
        body: {
          date: CLOSURE_DAYS[closureDay++ % CLOSURE_DAYS.length] as string,
          reason: 'snow',
          note: '大雪のため',
          expectedVersion: version,
        },
        ok: 201,
      }
    },
    'post /api/booking/closures/:id/callbacks/:bookingId': async () => {
      const date = CLOSURE_DAYS[closureDay++ % CLOSURE_DAYS.length] as string
      const booked = await post(
        clientFor('booking.write'),
        'post',
        '/api/bookings',
        createBody({ date, time: '10:00' }),
      )
      expect(booked.status).toBe(201)
      const calendar = await clientFor('calendar.edit').request('GET', '/api/booking/calendar')
      const { version } = (await calendar.json()) as { version: number }
      const closed = await post(clientFor('calendar.edit'), 'post', '/api/booking/closures', {
        date,
        reason: 'system',
        expectedVersion: version,
      })
      const closure = (await closed.json()) as { id: string; callbacks: { id: string }[] }
      return {
        path: `/api/booking/closures/${closure.id}/callbacks/${closure.callbacks[0]?.id}`,
        body: { outcome: 'reached' },
        ok: 200,
      }
    },
  }
}
