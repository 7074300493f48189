/**
 * Reading digits in text the way a person reads them, for the individual-number guard
 * (individual-number.ts). Every decimal digit of any script or width counts as that digit, kanji
 * numerals too; characters people put between the digits of one number (spaces of every kind,
 * hyphens and dashes, dots, slashes, commas, underscores, brackets, line breaks) join groups of
 * digits into a run; invisible characters (zero-width spaces, joiners, combining marks) are not
 * there at all. Anything else (a letter, a kanji, 円, a colon, a plus) ends a run.
 */

/** One digit as read, with where it was written (UTF-16 offsets into the original text). */
export interface ReadDigit {
  digit: string
  start: number
  end: number
}

/** Digits written with nothing visible between them. */
export interface DigitGroup {
  digits: ReadDigit[]
  /** The character just before the group's first digit ('' at the start or after a joiner). */
  before: string
  /** The character just after its last digit, when that ends the run ('' otherwise). */
  after: string
}

/**
 * Groups joined by separators: `gaps[i]` is what separates `groups[i]` from `groups[i + 1]`, in a
 * canonical form (every dash is '-', every space ' ', every dot '.', …) so that "090-1234–5678"
 * has two equal gaps.
 */
export interface DigitRun {
  groups: DigitGroup[]
  gaps: string[]
}

const KANJI_DIGITS: Record<string, string> = {
  〇: '0',
  零: '0',
  一: '1',
  二: '2',
  三: '3',
  四: '4',
  五: '5',
  六: '6',
  七: '7',
  八: '8',
  九: '9',
  壱: '1',
  弐: '2',
  参: '3',
}

const ND = /^\p{Nd}$/u
const zeroOf = new Map<number, number>()

/**
 * The value of a decimal digit of any script. Unicode encodes each script's digits 0–9 as one
 * contiguous block (a stability guarantee for Nd), and where blocks touch (the mathematical digits)
 * the run of Nd code points starts at a zero, so the value is the distance from the run's start mod 10.
 */
function digitValue(cp: number): string {
  if (cp >= 0x30 && cp <= 0x39) return String.fromCharCode(cp)
  let start = zeroOf.get(cp)
  if (start === undefined) {
    start = cp
    while (ND.test(String.fromCodePoint(start - 1))) start -= 1
    zeroOf.set(cp, start)
  }
  return String((cp - start) % 10)
}

/** What a non-digit character is when it sits between digits: a canonical joiner, '' (invisible) or null (a break). */
function joinerOf(ch: string): string | null {
  if (/^[\p{Cf}\p{M}]$/u.test(ch)) return '' // zero-width spaces and joiners, soft hyphen, bidi marks, combining marks
  if (/^[\n\r\v\f\u0085\u2028\u2029]$/u.test(ch)) return '\n'
  if (/^\s$/u.test(ch)) return ' ' // every other space incl. no-break, ideographic, tab
  if (/^[\p{Pd}\p{Pc}−ー－ｰ~～⁓﹣]$/u.test(ch)) return '-' // hyphens, dashes, 〜, underscores, the long mark
  if ('.．・･·‧•∙⋅'.includes(ch)) return '.' // not 。: a full stop ends a sentence, not a group
  if ('/／\\＼⁄∕'.includes(ch)) return '/'
  if (',，‚'.includes(ch)) return ','
  if ('、､'.includes(ch)) return '、'
  if ('()（）[]［］'.includes(ch)) return '-' // (0123)45-6789 is grouped like 0123-45-6789
  return null
}

type Unit =
  | { kind: 'digit'; digit: ReadDigit }
  | { kind: 'joiner'; as: string }
  | { kind: 'break'; ch: string }

function* unitsOf(text: string): Generator<Unit> {
  let offset = 0
  for (const ch of text) {
    const start = offset
    offset += ch.length
    const cp = ch.codePointAt(0) ?? 0
    if (ND.test(ch)) {
      yield { kind: 'digit', digit: { digit: digitValue(cp), start, end: offset } }
      continue
    }
    const kanji = KANJI_DIGITS[ch]
    if (kanji) {
      yield { kind: 'digit', digit: { digit: kanji, start, end: offset } }
      continue
    }
    // Circled, parenthesised-free and superscript digits (①, ⑫, ²) read as the digits they show.
    const compat = cp > 0x7f ? ch.normalize('NFKC') : ch
    if (compat !== ch && /^[0-9]+$/.test(compat)) {
      for (const d of compat) yield { kind: 'digit', digit: { digit: d, start, end: offset } }
      continue
    }
    const as = joinerOf(ch)
    yield as === null ? { kind: 'break', ch } : { kind: 'joiner', as }
  }
}

/**
 * A gap in its canonical form: invisible characters gone, a stretch of spaces one space, and a line
 * break wins over the spaces around it (a line of space-grouped numbers is a list item of its own).
 */
function canonicalGap(parts: string[]): string {
  const gap = parts.join('')
  return gap.includes('\n') ? gap.replace(/[ \n]+/g, '\n') : gap.replace(/ +/g, ' ')
}

/** Every run of digit groups in the text, in order. */
export function digitRuns(text: string): DigitRun[] {
  const runs: DigitRun[] = []
  let run: DigitRun | null = null
  let group: DigitGroup | null = null
  let gap: string[] = []
  let previous = ''
  const endRun = () => {
    if (run) runs.push(run)
    run = null
    group = null
    gap = []
  }
  for (const unit of unitsOf(text)) {
    if (unit.kind === 'digit') {
      if (!run) {
        group = { digits: [unit.digit], before: previous, after: '' }
        run = { groups: [group], gaps: [] }
      } else {
        const joined = canonicalGap(gap)
        if (joined === '' && group) {
          group.digits.push(unit.digit)
        } else {
          group = { digits: [unit.digit], before: '', after: '' }
          run.groups.push(group)
          run.gaps.push(joined)
        }
      }
      gap = []
      previous = ''
    } else if (unit.kind === 'joiner') {
      if (run) gap.push(unit.as)
      else if (unit.as !== '') previous = ''
    } else {
      if (group && canonicalGap(gap) === '') group.after = unit.ch
      endRun()
      previous = unit.ch
    }
  }
  endRun()
  return runs
}

export function digitsOf(group: DigitGroup): string {
  return group.digits.map((d) => d.digit).join('')
}
