import type { Db } from '../db/open'

/** The audit log as stored, newest first: for tests that check who did what (the product only appends). */
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
