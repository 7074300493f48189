import { describe, expect, it } from 'vitest'
import { type FocusNow, mayTakeFocus } from './focus'

// Elements as plain names: the rule is about identity, so it needs no DOM.
type El = 'body' | 'find' | 'slots' | 'birthDate' | 'bookButton'

const now = (active: El | null, request = 1, gone: El[] = []): FocusNow<El> => ({
  request,
  active,
  body: 'body',
  connected: (element) => !gone.includes(element),
})

describe('mayTakeFocus', () => {
  it('moves focus when the operator is still where the request was sent from', () => {
    expect(mayTakeFocus({ request: 1, from: 'find' }, now('find'))).toBe(true)
  })

  it('leaves focus alone after a key asked for it elsewhere (Alt+N, a type key)', () => {
    expect(mayTakeFocus({ request: 1, from: 'find' }, now('slots', 3))).toBe(false)
    // Even if that key happened to leave focus where it was.
    expect(mayTakeFocus({ request: 1, from: 'find' }, now('find', 2))).toBe(false)
  })

  it('leaves focus alone after a Tab or a click moved it, with no action asking', () => {
    expect(mayTakeFocus({ request: 1, from: 'find' }, now('birthDate'))).toBe(false)
  })

  it('leaves focus alone when the operator clicked away onto the page itself', () => {
    expect(mayTakeFocus({ request: 1, from: 'find' }, now('body'))).toBe(false)
    expect(mayTakeFocus({ request: 1, from: 'find' }, now(null))).toBe(false)
  })

  it('still moves focus that fell to the page because its element went away', () => {
    expect(mayTakeFocus({ request: 1, from: 'bookButton' }, now('body', 1, ['bookButton']))).toBe(true)
    expect(mayTakeFocus({ request: 1, from: 'bookButton' }, now(null, 1, ['bookButton']))).toBe(true)
    // But not once the operator has gone somewhere.
    expect(mayTakeFocus({ request: 1, from: 'bookButton' }, now('find', 1, ['bookButton']))).toBe(false)
  })

  it('moves focus for an action started while focus was on the page', () => {
    expect(mayTakeFocus({ request: 1, from: 'body' }, now('body'))).toBe(true)
    expect(mayTakeFocus({ request: 1, from: null }, now('body'))).toBe(true)
  })
})
