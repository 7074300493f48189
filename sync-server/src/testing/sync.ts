import { createHash, randomBytes } from 'node:crypto'
import {
  type CategoryCode,
  type IntakeRecord,
  type Mutation,
  type MutationResult,
  newId,
  type OutreachSessionRecord,
  PHOTO_RULES,
} from '@madoguchi/shared'
import { pseudoRandomBytes } from '@madoguchi/shared/sync/test-bytes'
import type { Client } from './harness'

/** Builders of valid records and mutations for the sync tests (in-process and from tests/). */

/** The device every builder names unless told otherwise. */
export const TEST_DEVICE = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0fdeed'
const now = () => new Date().toISOString()

type SessionOverrides = { id?: string; version?: number } & Partial<
  Pick<OutreachSessionRecord, 'endedAt' | 'endedBy' | 'endSummary'>
>

export function sessionMutation(overrides: SessionOverrides = {}): Mutation {
  const { id: givenId, version: givenVersion, ...end } = overrides
  const id = givenId ?? newId()
  const version = givenVersion ?? 1
  return {
    mutationId: newId(),
    deviceId: TEST_DEVICE,
    recordId: id,
    version,
    entity: 'outreach_session',
    data: {
      id,
      siteId: 'site-demo-mall',
      date: '2026-11-25',
      staffNames: ['出張 花子'],
      ...end,
      createdAt: now(),
      updatedAt: now(),
      version,
    },
  }
}

type IntakeOverrides = { id?: string; version?: number } & Partial<
  Pick<
    IntakeRecord,
    | 'memo'
    | 'visitorNo'
    | 'purpose'
    | 'checks'
    | 'applicationFormId'
    | 'legalRepresentative'
    | 'closedIncomplete'
  >
>

export function intakeMutation(sessionId: string, overrides: IntakeOverrides = {}): Mutation {
  const id = overrides.id ?? newId()
  const version = overrides.version ?? 1
  return {
    mutationId: newId(),
    deviceId: TEST_DEVICE,
    recordId: id,
    version,
    entity: 'intake',
    data: {
      id,
      sessionId,
      visitorNo: overrides.visitorNo ?? 1,
      purpose: overrides.purpose ?? 'new_application',
      templateId: 'default',
      templateVersion: 1,
      checks: overrides.checks ?? { a_drivers_license: 'ok', form_present: 'missing' },
      applicationFormId: overrides.applicationFormId ?? null,
      legalRepresentative: overrides.legalRepresentative ?? false,
      memo: overrides.memo ?? '',
      ...(overrides.closedIncomplete ? { closedIncomplete: overrides.closedIncomplete } : {}),
      createdAt: now(),
      updatedAt: now(),
      version,
    },
  }
}

/**
 * A photo the server accepts: a JPEG head and random scan bytes (test-bytes.ts), at least the 20 KB
 * the photo rules ask for, different on every call.
 */
export function photoBytes(size: number): { data: Buffer; sha256: string } {
  const seed = randomBytes(4).readUInt32LE(0)
  const data = Buffer.from(pseudoRandomBytes(seed, Math.max(size, PHOTO_RULES.minBytes)))
  return { data, sha256: createHash('sha256').update(data).digest('hex') }
}

export function photoMutation(
  sessionId: string,
  intakeId: string,
  id: string,
  sha256: string,
  bytes: number,
): Mutation {
  return {
    mutationId: newId(),
    deviceId: TEST_DEVICE,
    recordId: id,
    version: 1,
    entity: 'photo',
    data: { id, sessionId, intakeId, sha256, bytes, width: 1200, height: 1543, takenAt: now(), version: 1 },
  }
}

export function noteMutation(
  sessionId: string,
  intakeId: string | null,
  overrides: { id?: string; version?: number; text?: string; category?: CategoryCode } = {},
): Mutation {
  const id = overrides.id ?? newId()
  const version = overrides.version ?? 1
  return {
    mutationId: newId(),
    deviceId: TEST_DEVICE,
    recordId: id,
    version,
    entity: 'consultation_note',
    data: {
      id,
      sessionId,
      intakeId,
      category: overrides.category ?? 'how_to_apply',
      text: overrides.text ?? '申請方法を説明した。',
      followUp: false,
      createdAt: now(),
      updatedAt: now(),
      version,
    },
  }
}

/** 訂正依頼 for a visitor already sent (see CorrectionRequestRecord). */
export function correctionMutation(
  sessionId: string,
  intakeId: string,
  overrides: { id?: string; version?: number; text?: string; visitorNo?: number } = {},
): Mutation {
  const id = overrides.id ?? newId()
  const version = overrides.version ?? 1
  return {
    mutationId: newId(),
    deviceId: TEST_DEVICE,
    recordId: id,
    version,
    entity: 'correction_request',
    data: {
      id,
      sessionId,
      intakeId,
      visitorNo: overrides.visitorNo ?? 1,
      topic: 'form',
      text: overrides.text ?? '申請書の確認欄を誤って未確認にした。確認済みが正しい。',
      createdAt: now(),
      updatedAt: now(),
      version,
    },
  }
}

/** A deletion as the device sends it: ids only, one version above the device's last. */
export function deleteMutation(
  entity: 'intake' | 'consultation_note' | 'photo',
  recordId: string,
  sessionId: string,
  overrides: { version?: number; photoIds?: string[] } = {},
): Mutation {
  const version = overrides.version ?? 2
  return {
    op: 'delete',
    mutationId: newId(),
    deviceId: TEST_DEVICE,
    recordId,
    version,
    entity,
    data: { id: recordId, sessionId, photoIds: overrides.photoIds ?? [], deletedAt: now(), version },
  }
}

/** Push mutations as `device-test` and return the per-mutation answers (anything but 200 throws). */
export async function pushMutations(client: Client, mutations: unknown[]): Promise<MutationResult[]> {
  const res = await client.request('POST', '/api/sync/push', {
    deviceId: TEST_DEVICE,
    mutations,
  })
  if (res.status !== 200) throw new Error(`push answered ${res.status}: ${await res.text()}`)
  return ((await res.json()) as { results: MutationResult[] }).results
}

/**
 * A word no other test wrote, for text a test later looks for in the file. Letters only: a UUID's
 * digit groups read as an individual number about once in 120 (8-4-4 digits with a valid check
 * digit), and the guard then rightly refuses the text.
 */
export function uniqueWord(prefix: string): string {
  return `${prefix}-${Array.from(randomBytes(12), (b) => String.fromCharCode(97 + (b % 26))).join('')}`
}
