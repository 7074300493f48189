import { PlannedSession, type SavePlanRequest, ScheduleList } from '@madoguchi/shared'
import { api } from '../../app/api'

/** 実施日程 as the desk calls it, each answer checked against the wire schema. */
export const scheduleApi = {
  month: (month: string) => api(`/api/schedule?month=${encodeURIComponent(month)}`, { schema: ScheduleList }),
  save: (id: string, body: SavePlanRequest) =>
    api(`/api/schedule/${id}`, { method: 'PUT', body, schema: PlannedSession }),
  cancel: (id: string, expectedVersion: number) =>
    api(`/api/schedule/${id}/cancel`, { method: 'POST', body: { expectedVersion }, schema: PlannedSession }),
}
