import { useLiveQuery } from 'dexie-react-hooks'
import { db } from '../../db/schema'
import { tallyVisitors, type VisitorTally } from './visitor-tally'

/**
 * The visitor tally of each session, from the intakes on the tablet and the receipts of those that
 * left it. Reads ids and numbers only. Inside a write transaction it reads through that transaction.
 */
export async function readVisitorTallies(sessionIds: readonly string[]): Promise<Map<string, VisitorTally>> {
  const [intakes, receipts] = await Promise.all([
    db.intakes
      .where('sessionId')
      .anyOf(sessionIds)
      .toArray((all) => all.map(({ id, sessionId, visitorNo }) => ({ id, sessionId, visitorNo }))),
    db.receipts.where('sessionId').anyOf(sessionIds).toArray(),
  ])
  return new Map(
    sessionIds.map((id) => [
      id,
      tallyVisitors(
        intakes.filter((i) => i.sessionId === id),
        receipts.filter((r) => r.sessionId === id),
      ),
    ]),
  )
}

export async function readVisitorTally(sessionId: string): Promise<VisitorTally> {
  return (await readVisitorTallies([sessionId])).get(sessionId) as VisitorTally
}

/** The number the next visitor of the session gets (call inside the transaction that saves it). */
export async function nextVisitorNo(sessionId: string): Promise<number> {
  return (await readVisitorTally(sessionId)).nextVisitorNo
}

/** A session's visitor tally, live: it changes as visitors are added, sent, purged or deleted. */
export function useVisitorTally(sessionId: string): VisitorTally | undefined {
  return useLiveQuery(() => readVisitorTally(sessionId), [sessionId])
}
