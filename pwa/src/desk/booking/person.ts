import {
  type BookingTypeCode,
  type FieldProblem,
  type LocalDate,
  normalisePhone,
  parseBirthDate,
  type RecognisedQuery,
  toKatakana,
} from '@madoguchi/shared'

/**
 * One person's details as the operator types them. Plain strings until booking: the operator may
 * type 'やまだ', 'S55.4.1' or '090-1234-5678'; `tidyPerson` folds them to what the server keeps,
 * and the server checks again with the same shared rules.
 */
export interface PersonDraft {
  name: string
  kana: string
  birthDate: string
  phone: string
  proxy: boolean
}

export type PersonField = 'name' | 'kana' | 'birthDate' | 'phone'
export const PERSON_FIELDS: readonly PersonField[] = ['name', 'kana', 'birthDate', 'phone']

export const emptyPerson = (): PersonDraft => ({ name: '', kana: '', birthDate: '', phone: '', proxy: false })

/**
 * The caller was usually searched for first: what the search box recognised starts the form, so a
 * phone number or kana is not typed twice.
 */
export function personFromSearch(recognised: RecognisedQuery | null): PersonDraft {
  const person = emptyPerson()
  if (!recognised) return person
  if (recognised.kind === 'phone') person.phone = recognised.phone
  if (recognised.kind === 'kana') person.kana = recognised.kana
  if (recognised.kind === 'birth_date') person.birthDate = recognised.birthDate
  if (recognised.kind === 'name') person.name = recognised.name
  return person
}

/**
 * Fold one field the way the server will read it, when the operator leaves it: kana to katakana
 * (not while typing: converting under an IME breaks its composition), a birth date in any of the
 * usual spellings to YYYY-MM-DD, a phone number to its digits. Text it cannot read stays as typed,
 * so the server's field error points at what the operator actually wrote.
 */
export function tidyField(field: PersonField, value: string): string {
  const trimmed = value.trim()
  if (field === 'kana') return toKatakana(trimmed)
  if (field === 'birthDate') return parseBirthDate(trimmed) ?? trimmed
  if (field === 'phone') return normalisePhone(trimmed) ?? trimmed
  return trimmed
}

export function tidyPerson(draft: PersonDraft): PersonDraft {
  return {
    name: tidyField('name', draft.name),
    kana: tidyField('kana', draft.kana),
    birthDate: tidyField('birthDate', draft.birthDate),
    phone: tidyField('phone', draft.phone),
    proxy: draft.proxy,
  }
}

/** A family member added in the same call usually shares the first person's phone number. */
export function resizeParty(people: readonly PersonDraft[], size: number): PersonDraft[] {
  const next = people.slice(0, size)
  while (next.length < size) next.push({ ...emptyPerson(), phone: people[0]?.phone ?? '' })
  return next
}

/** The `people` array of a booking request: one entry per person, all of the chosen type. */
export function partyRequest(people: readonly PersonDraft[], type: BookingTypeCode) {
  return people.map((draft) => {
    const p = tidyPerson(draft)
    return {
      type,
      name: p.name,
      kana: p.kana,
      birthDate: p.birthDate as LocalDate,
      phone: p.phone,
      proxy: p.proxy,
    }
  })
}

/** The server's 422 `fields` (`people.1.kana`) as problems per person and field, for the form. */
export function personProblems(
  fields: Record<string, FieldProblem[]>,
  size: number,
): Partial<Record<PersonField, FieldProblem[]>>[] {
  const out: Partial<Record<PersonField, FieldProblem[]>>[] = Array.from({ length: size }, () => ({}))
  for (const [path, problems] of Object.entries(fields)) {
    const match = /^people\.(\d+)\.(name|kana|birthDate|phone)$/.exec(path)
    const target = match ? out[Number(match[1])] : undefined
    if (!match || !target) continue
    const field = match[2] as PersonField
    target[field] = [...(target[field] ?? []), ...problems]
  }
  return out
}

/** Problems the server reported that are not about one person's field (shown above the form). */
export function otherProblems(fields: Record<string, FieldProblem[]>): FieldProblem[] {
  return Object.entries(fields)
    .filter(([path]) => !/^people\.\d+\.(name|kana|birthDate|phone)$/.test(path))
    .flatMap(([, problems]) => problems)
}
