/**
 * Call-detail records (通話明細, CDR) against the call log (通話記録). The telephone service knows
 * every call that reached the lines, answered or not, and its exact times; the call log knows what
 * each answered call was about and how it ended. A report month joins the two so that talk time and
 * answer rate agree: each CDR row is matched to at most one logged call and the other way round.
 */

/** One logged call, as the report needs it (instants as epoch ms). */
export interface LoggedCall {
  id: string
  line: string | null
  /** Rang (CTI) or, for a call taken by hand, answered. */
  startedAt: number
  /** Whether startedAt is the ring (CTI) rather than the answer (hand). */
  rang: boolean
  answeredAt: number | null
  talkSeconds: number | null
  outcome: string | null
  primary: string | null
  categories: readonly string[]
}

/** One CDR row: the line, when it rang, when it was answered (or never), when it ended. */
export interface CdrCall {
  line: string
  startedAt: number
  answeredAt: number | null
  endedAt: number
}

/** A call of the month as the report counts it, from either source or both. */
export interface ReportCall {
  startedAt: number
  answered: boolean
  /** Seconds of talk for an answered call; null when not known (a logged call still open). */
  talkSeconds: number | null
  outcome: string | null
  primary: string | null
  categories: readonly string[]
  source: 'both' | 'cdr' | 'log'
}

/**
 * How far apart the two clocks may be for a CDR row and a logged call to be the same call. The desk's
 * clock and the telephone service's differ by seconds; an operator presses 電話を受ける a little after
 * picking up. Two minutes is long enough for that and shorter than any two calls on one line.
 */
export const MATCH_TOLERANCE_MS = 120_000

/**
 * A CDR row rings before it is answered: a call taken by hand is matched by its answer, which may come
 * up to this long after the row's start, so rows are searched from this far before the answer.
 */
export const HAND_ANSWER_LOOKBACK_MS = 3_600_000

/** The instant each side agrees on: the ring for a CTI call, the answer for one taken by hand. */
export function keyOfLogged(call: LoggedCall): number {
  return call.rang ? call.startedAt : (call.answeredAt ?? call.startedAt)
}

function keyOfCdr(row: CdrCall, rang: boolean): number | null {
  return rang ? row.startedAt : row.answeredAt
}

/** A possible pair: a logged call, a CDR row, and how far apart their agreed instants are. */
export interface MatchCandidate {
  log: number
  row: number
  gap: number
}

/** Every pair that could be the same call: same line when the log knows it, within the tolerance. */
export function matchCandidates(logged: readonly LoggedCall[], cdr: readonly CdrCall[]): MatchCandidate[] {
  const byStart = cdr
    .map((_, i) => i)
    .sort((a, b) => (cdr[a] as CdrCall).startedAt - (cdr[b] as CdrCall).startedAt)
  const starts = byStart.map((i) => (cdr[i] as CdrCall).startedAt)
  const candidates: MatchCandidate[] = []
  logged.forEach((call, li) => {
    const key = keyOfLogged(call)
    // A CDR row's answer follows its ring; a row that rang up to an hour before can be the one a hand
    // call's answer belongs to. Rows are searched from the earliest start that could match.
    const earliest = key - MATCH_TOLERANCE_MS - (call.rang ? 0 : HAND_ANSWER_LOOKBACK_MS)
    for (
      let k = lowerBound(starts, earliest);
      k < starts.length && (starts[k] as number) <= key + MATCH_TOLERANCE_MS;
      k++
    ) {
      const ri = byStart[k] as number
      const row = cdr[ri] as CdrCall
      if (call.line !== null && call.line !== row.line) continue
      const other = keyOfCdr(row, call.rang)
      if (other === null) continue
      const gap = Math.abs(other - key)
      if (gap <= MATCH_TOLERANCE_MS) candidates.push({ log: li, row: ri, gap })
    }
  })
  return candidates
}

/** Nearest pairs first, each side used once: the CDR row each logged call matched (or -1). */
export function pickMatches(loggedCount: number, candidates: MatchCandidate[]): number[] {
  candidates.sort((a, b) => a.gap - b.gap || a.log - b.log || a.row - b.row)
  const matched = new Array<number>(loggedCount).fill(-1)
  const used = new Set<number>()
  for (const c of candidates) {
    if (matched[c.log] !== -1 || used.has(c.row)) continue
    matched[c.log] = c.row
    used.add(c.row)
  }
  return matched
}

/**
 * Pairs CDR rows with logged calls: same line when the log knows the line, the agreed instant
 * within the tolerance, nearest pairs first, each side used once. Returns the index of the CDR row
 * each logged call matched (or -1).
 */
export function matchCalls(logged: readonly LoggedCall[], cdr: readonly CdrCall[]): number[] {
  return pickMatches(logged.length, matchCandidates(logged, cdr))
}

function lowerBound(sorted: readonly number[], value: number): number {
  let lo = 0
  let hi = sorted.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((sorted[mid] as number) < value) lo = mid + 1
    else hi = mid
  }
  return lo
}

const cdrTalk = (row: CdrCall): number | null =>
  row.answeredAt === null ? null : Math.max(0, Math.round((row.endedAt - row.answeredAt) / 1000))

/**
 * The month's calls. Without CDR data (`cdr` null) the call log is all there is. With it, every CDR
 * row is a call; a matched call takes the telephone service's times (the truth about when and how
 * long) and the log's outcome and categories; a CDR row nobody logged is an answered or unanswered
 * call with no category; a logged call missing from the CDR still happened (an operator took it) and
 * counts, and `loggedNotInCdr` says how many, so a gap in the file is visible rather than hidden.
 */
export function reconcile(
  logged: readonly LoggedCall[],
  cdr: readonly CdrCall[] | null,
  /** The pairs already picked (pickMatches), when the caller needed the candidates too. */
  picked?: readonly number[],
): { calls: ReportCall[]; matched: number; loggedNotInCdr: number; cdrNotLogged: number } {
  const fromLog = (call: LoggedCall): ReportCall => ({
    startedAt: call.startedAt,
    answered: call.answeredAt !== null,
    talkSeconds: call.answeredAt === null ? null : call.talkSeconds,
    outcome: call.outcome,
    primary: call.primary,
    categories: call.categories,
    source: 'log',
  })
  if (cdr === null) return { calls: logged.map(fromLog), matched: 0, loggedNotInCdr: 0, cdrNotLogged: 0 }
  const matchedRow = picked ?? matchCalls(logged, cdr)
  const logOfRow = new Map<number, LoggedCall>()
  matchedRow.forEach((row, li) => {
    if (row !== -1) logOfRow.set(row, logged[li] as LoggedCall)
  })
  const calls: ReportCall[] = cdr.map((row, ri) => {
    const log = logOfRow.get(ri)
    return {
      startedAt: row.startedAt,
      answered: row.answeredAt !== null,
      talkSeconds: cdrTalk(row),
      outcome: log?.outcome ?? null,
      primary: log?.primary ?? null,
      categories: log?.categories ?? [],
      source: log ? 'both' : 'cdr',
    }
  })
  const unmatched = logged.filter((_, li) => matchedRow[li] === -1)
  for (const call of unmatched) calls.push(fromLog(call))
  return {
    calls,
    matched: logOfRow.size,
    loggedNotInCdr: unmatched.length,
    cdrNotLogged: cdr.length - logOfRow.size,
  }
}
