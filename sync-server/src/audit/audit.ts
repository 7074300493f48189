import type { StaffSession } from '../auth/session'
import type { Db } from '../db/open'
import { stmt } from '../db/statements'

/** Technical detail only (ids, counts, codes): never the personal data itself. */
export type AuditDetail = Record<string, string | number | boolean | null | readonly string[]>

export interface AuditEntry {
  action: string
  entity: string
  entityId?: string | null
  /** Technical detail only (ids, counts, changed field names): never the personal data itself. */
  detail?: AuditDetail
}

/**
 * Append one audit row. Services do not call this: they go through `audited()` (audit/unit.ts),
 * which opens the transaction and writes the row with the ids the work carried.
 */
export function recordAudit(
  db: Db,
  actor: Pick<StaffSession, 'user'> | { user: { id: string; role: string } } | null,
  entry: AuditEntry,
  at: Date,
): void {
  stmt(
    db,
    `INSERT INTO audit_log (at, actor_id, actor_role, action, entity, entity_id, detail)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at.toISOString(),
    actor?.user.id ?? null,
    actor?.user.role ?? null,
    entry.action,
    entry.entity,
    entry.entityId ?? null,
    entry.detail ? JSON.stringify(entry.detail) : null,
  )
}

export interface AuditRow {
  id: number
  at: string
  actor_id: string | null
  actor_role: string | null
  action: string
  entity: string
  entity_id: string | null
  detail: string | null
}

export function listAudit(
  db: Db,
  filter: { entity?: string; entityId?: string; limit?: number } = {},
): AuditRow[] {
  return db
    .prepare(
      `SELECT * FROM audit_log
       WHERE (@entity IS NULL OR entity = @entity) AND (@entityId IS NULL OR entity_id = @entityId)
       ORDER BY id DESC LIMIT @limit`,
    )
    .all({
      entity: filter.entity ?? null,
      entityId: filter.entityId ?? null,
      limit: filter.limit ?? 100,
    }) as AuditRow[]
}
