import { addDays, DEFAULT_STATUS_LABELS, type LocalDate, mulberry32, tokyoDate } from '@madoguchi/shared'
import type { Deps } from '../deps'
import { applyImport } from '../status/import-service'

/**
 * An invented status file's worth of applications, imported through the real import (so it also has
 * its import entry, its history and its audit row). Names are invented; the 申請書IDs are
 * 8000…0001 to 8000…0300 (23 digits), in the order of DEMO_STATUS_CYCLE, so a demo can find one of
 * each: 80000000000000000000005 is 交付通知書発送済.
 */
export const DEMO_STATUS_COUNT = 300
export const demoFormId = (n: number) => `8${String(n).padStart(22, '0')}`

const FAMILY = [
  'アオヤマ',
  'イシカワ',
  'ウチダ',
  'エンドウ',
  'オオノ',
  'カワグチ',
  'キタムラ',
  'クロダ',
  'ケヤキ',
  'コバヤシ',
]
const GIVEN = [
  'アカリ',
  'イツキ',
  'ウミ',
  'エマ',
  'オト',
  'カナデ',
  'キョウ',
  'クルミ',
  'ケイ',
  'コハル',
  'サク',
]
const METHODS = ['郵送', 'オンライン', 'スマートフォン', '出張申請サポート']

/** Days from applying to each status, roughly as the path runs (domain-facts: 1–2 months to the notice). */
const DAYS_TO: Record<string, number> = {
  received: 3,
  reviewing: 10,
  producing: 24,
  sent_to_city: 38,
  notice_sent: 45,
  issued: 60,
  returned: 12,
}

export function demoStatusCsv(now: Date): string {
  const rnd = mulberry32(20261202)
  const today = tokyoDate(now)
  const lines = ['申請書ID,ステータス,ステータス日,申請日,申請方法,氏名カナ,生年月日,交付通知書発送日']
  for (let n = 1; n <= DEMO_STATUS_COUNT; n++) {
    const label = DEFAULT_STATUS_LABELS[(n - 1) % DEFAULT_STATUS_LABELS.length]
    if (!label) continue
    const applied: LocalDate = addDays(today, -(DAYS_TO[label.code] ?? 10) - Math.floor(rnd() * 10) - 1)
    const statusDate = addDays(applied, DAYS_TO[label.code] ?? 10)
    const kana = `${FAMILY[Math.floor(rnd() * FAMILY.length)]} ${GIVEN[Math.floor(rnd() * GIVEN.length)]}`
    const birth = `${1940 + Math.floor(rnd() * 70)}/${1 + Math.floor(rnd() * 12)}/${1 + Math.floor(rnd() * 28)}`
    const notice = label.code === 'notice_sent' || label.code === 'issued' ? addDays(applied, 45) : ''
    const method = METHODS[Math.floor(rnd() * METHODS.length)]
    lines.push([demoFormId(n), label.label.ja, statusDate, applied, method, kana, birth, notice].join(','))
  }
  return `${lines.join('\r\n')}\r\n`
}

/** Import the demo status file as the demo supervisor; returns how many applications it added. */
export function seedDemoStatus(deps: Deps): number {
  const supervisor = deps.db
    .prepare(`SELECT id, login_id, display_name FROM staff WHERE role = 'supervisor' LIMIT 1`)
    .get() as { id: string; login_id: string; display_name: string } | undefined
  if (!supervisor) return 0
  const actor = {
    user: {
      id: supervisor.id,
      loginId: supervisor.login_id,
      displayName: supervisor.display_name,
      role: 'supervisor' as const,
    },
  }
  const bytes = new TextEncoder().encode(demoStatusCsv(deps.now()))
  return applyImport(deps, actor, { source: 'demo-city' }, bytes).added
}
