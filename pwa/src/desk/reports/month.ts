import { CONTRACT_MONTHS, monthOfInstant, previousMonth, type ReportMonth } from '@madoguchi/shared'
import { PATHS } from '../../app/router'

/**
 * The month the screen opens on: last month, the one a report is made for at the start of the next;
 * while the contract's first month runs, that month itself.
 */
export function defaultMonth(now: Date): ReportMonth {
  const current = monthOfInstant(now)
  const last = previousMonth(current)
  if (last < CONTRACT_MONTHS.first) return current < CONTRACT_MONTHS.first ? CONTRACT_MONTHS.first : current
  return last
}

/** A file's bytes as base64, for the JSON body of the CDR import. */
export async function fileBase64(file: Blob): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer())
  let binary = ''
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(binary)
}

/** `/desk/reports/meeting?month=2026-12`: the 定例会 record of a report month. */
export const meetingPath = (month: string) => `${PATHS.deskReportMeeting}?month=${month}`
