import {
  CancelPlanRequest,
  PlannedSession,
  PlanParams,
  SavePlanRequest,
  ScheduleList,
  ScheduleQuery,
} from '@madoguchi/shared'
import { current } from '../auth/current'
import { feature, route } from '../http/route'
import { cancel, listMonth, savePlan } from './service'

/** 実施日程: supervisors and admins plan pop-up sessions; tablets receive them as reference data. */
export const scheduleFeature = feature('schedule', '/api/schedule', [
  route({
    method: 'get',
    path: '/',
    permission: 'schedule.read',
    summary: "A month's planned pop-up sessions (?month=YYYY-MM), cancelled ones included",
    query: ScheduleQuery,
    response: ScheduleList,
    handler: (c, { query }) => c.json(listMonth(c.var.deps, query.month)),
  }),
  route({
    method: 'put',
    path: '/:id',
    permission: 'schedule.edit',
    summary:
      'Plan a pop-up session (expectedVersion 0) or change one; 422 with field messages (site, date in the contract, end after start), 409 when stale or cancelled',
    params: PlanParams,
    body: SavePlanRequest,
    response: PlannedSession,
    handler: (c, { params, body }) => c.json(savePlan(c.var.deps, current(c), params.id, body, c.var.lang)),
  }),
  route({
    method: 'post',
    path: '/:id/cancel',
    permission: 'schedule.edit',
    summary: 'Cancel a planned session (中止); tablets receive it as deleted at their next pull',
    params: PlanParams,
    body: CancelPlanRequest,
    response: PlannedSession,
    handler: (c, { params, body }) => c.json(cancel(c.var.deps, current(c), params.id, body.expectedVersion)),
  }),
])
