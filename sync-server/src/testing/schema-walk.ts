import { DeleteMutation, makeIndividualNumber, UpsertMutation } from '@madoguchi/shared'
import type { z } from 'zod'
import type { Feature, RouteDef } from '../http/route'
import { fullPath } from '../http/route'

/**
 * The walk behind the "no individual number through any field" tests (issue #11): every write route
 * of the route table, every string its schemas accept, and the disguises a person could type or
 * paste. A new route or field is found by the walk itself; nothing here lists fields by hand.
 */

type Def = { type: string; [key: string]: unknown }
const defOf = (schema: z.ZodType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def

/**
 * Where a write schema says `unknown`, the schema that the route parses it with afterwards. The sync
 * push takes its mutations as unknown so that one bad mutation is answered alone (push-service.ts).
 */
export const PARSED_LATER: Record<string, z.ZodType[]> = {
  'post /api/sync/push body.mutations[]': [UpsertMutation, DeleteMutation],
}

/** Strings a write route accepts but never stores or logs: checked against a hash, then dropped. */
export const NEVER_STORED = new Set(['post /api/auth/sign-in body.password'])

export interface StringLeaf {
  /** `post /api/bookings body.people[].name` */
  where: string
  /** The schema that parses this string (a string, or a pipe that starts or ends in one). */
  schema: z.ZodType
  /** A record's key rather than a value. */
  key?: boolean
}

export interface WriteRoute {
  feature: Feature
  route: RouteDef
  /** `post /api/bookings/:id/move` */
  name: string
}

export function writeRoutes(features: Feature[]): WriteRoute[] {
  return features.flatMap((feature) =>
    feature.routes
      .filter((route) => route.method !== 'get')
      .map((route) => ({ feature, route, name: `${route.method} ${fullPath(feature, route)}` })),
  )
}

const isStringish = (schema: z.ZodType): boolean => {
  const def = defOf(schema)
  if (def.type === 'string') return true
  if (['optional', 'nullable', 'default', 'readonly', 'catch', 'nonoptional'].includes(def.type))
    return isStringish(def.innerType as z.ZodType)
  return false
}

/** Every string a schema accepts, with where it sits. Throws on `unknown` that nothing parses later. */
export function stringLeaves(schema: z.ZodType, where: string, seen = new Set<z.ZodType>()): StringLeaf[] {
  if (seen.has(schema)) return []
  const def = defOf(schema)
  const next = new Set(seen).add(schema)
  const walk = (s: unknown, w: string) => stringLeaves(s as z.ZodType, w, next)
  switch (def.type) {
    case 'string':
      return [{ where, schema }]
    case 'pipe':
      // A preprocess or a transform: the whole pipe judges what was sent.
      if (isStringish(def.in as z.ZodType) || isStringish(def.out as z.ZodType)) return [{ where, schema }]
      return [...walk(def.in, where), ...walk(def.out, where)]
    case 'object':
      return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([k, v]) =>
        walk(v, `${where}.${k}`),
      )
    case 'array':
      return walk(def.element, `${where}[]`)
    case 'tuple':
      return (def.items as z.ZodType[]).flatMap((item, i) => walk(item, `${where}[${i}]`))
    case 'record':
      return [
        ...walk(def.keyType, `${where}{key}`).map((leaf) => ({ ...leaf, key: true })),
        ...walk(def.valueType, `${where}{}`),
      ]
    case 'union':
      return (def.options as z.ZodType[]).flatMap((o, i) => walk(o, `${where}|${i}`))
    case 'intersection':
      return [...walk(def.left, where), ...walk(def.right, where)]
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return walk(def.innerType, where)
    case 'lazy':
      return walk((def.getter as () => z.ZodType)(), where)
    case 'unknown':
    case 'any': {
      const later = PARSED_LATER[where]
      if (!later)
        throw new Error(`${where} accepts anything: parse it with a schema (or list it in PARSED_LATER)`)
      return later.flatMap((s, i) => walk(s, `${where}<${i}>`))
    }
    default:
      // number, boolean, enum, literal, date…: no free text.
      return []
  }
}

export function leavesOf(route: WriteRoute): StringLeaf[] {
  const parts = [
    ['body', route.route.rawBody ? undefined : route.route.body],
    ['query', route.route.query],
    ['params', route.route.params],
  ] as const
  return parts.flatMap(([part, schema]) => (schema ? stringLeaves(schema, `${route.name} ${part}`) : []))
}

/** A well-formed individual number, made at run time (source files hold none). */
export const NUMBER = makeIndividualNumber('46120583917')

const FULL_WIDTH = (d: string) => String.fromCharCode(0xff10 + Number(d))
const KANJI = (d: string) => '〇一二三四五六七八九'[Number(d)] ?? d
const BOLD = (d: string) => String.fromCodePoint(0x1d7ce + Number(d))
const ARABIC_INDIC = (d: string) => String.fromCharCode(0x0660 + Number(d))
const groups = (digits: string, sizes: number[]) => {
  const out: string[] = []
  let at = 0
  for (const size of sizes) {
    out.push(digits.slice(at, at + size))
    at += size
  }
  return out
}
const mapDigits = (digits: string, f: (d: string) => string) => [...digits].map(f).join('')

/** The number as a person could type or paste it: other separators, groupings and digit scripts. */
export const DISGUISES: { name: string; text: string }[] = [
  { name: 'plain', text: NUMBER },
  { name: 'no-break spaces', text: groups(NUMBER, [4, 4, 4]).join('\u00a0') },
  { name: 'dots', text: groups(NUMBER, [4, 4, 4]).join('.') },
  { name: 'slashes 3-3-3-3', text: groups(NUMBER, [3, 3, 3, 3]).join('/') },
  { name: 'nakaguro pairs', text: groups(NUMBER, [2, 2, 2, 2, 2, 2]).join('・') },
  { name: 'zero-width space', text: groups(NUMBER, [6, 6]).join('\u200b') },
  { name: 'full width', text: mapDigits(NUMBER, FULL_WIDTH) },
  { name: 'kanji numerals', text: mapDigits(NUMBER, KANJI) },
  { name: 'mathematical bold', text: mapDigits(NUMBER, BOLD) },
  { name: 'arabic-indic', text: mapDigits(NUMBER, ARABIC_INDIC) },
  { name: 'underscores, in a sentence', text: `番号は${groups(NUMBER, [4, 4, 4]).join('_')}です` },
  { name: 'after a phone number', text: `090-1234-5678 ${groups(NUMBER, [4, 4, 4]).join(' ')}` },
]
