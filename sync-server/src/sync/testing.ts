import { createHash, randomBytes } from 'node:crypto'
import { type Mutation, newId } from '@madoguchi/shared'

/** Builders of valid records and mutations for the sync tests (in-process and from tests/). */
const now = () => new Date().toISOString()

export function sessionMutation(overrides: { id?: string; version?: number } = {}): Mutation {
  const id = overrides.id ?? newId()
  const version = overrides.version ?? 1
  return {
    mutationId: newId(),
    deviceId: 'device-test',
    recordId: id,
    version,
    entity: 'outreach_session',
    data: {
      id,
      siteId: 'site-demo-mall',
      date: '2026-11-25',
      staffNames: ['出張 花子'],
      createdAt: now(),
      updatedAt: now(),
      version,
    },
  }
}

export function intakeMutation(
  sessionId: string,
  overrides: { id?: string; version?: number; memo?: string } = {},
): Mutation {
  const id = overrides.id ?? newId()
  const version = overrides.version ?? 1
  return {
    mutationId: newId(),
    deviceId: 'device-test',
    recordId: id,
    version,
    entity: 'intake',
    data: {
      id,
      sessionId,
      visitorNo: 1,
      purpose: 'new_application',
      templateId: 'default',
      templateVersion: 1,
      checks: { a_drivers_license: 'ok', form_present: 'missing' },
      applicationFormId: null,
      legalRepresentative: false,
      memo: overrides.memo ?? '',
      createdAt: now(),
      updatedAt: now(),
      version,
    },
  }
}

export function photoBytes(size: number): { data: Buffer; sha256: string } {
  const data = randomBytes(size)
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
    deviceId: 'device-test',
    recordId: id,
    version: 1,
    entity: 'photo',
    data: { id, sessionId, intakeId, sha256, bytes, width: 1200, height: 1543, takenAt: now(), version: 1 },
  }
}
