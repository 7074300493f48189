import {
  ResolveCorrectionRequest,
  ReviewCorrection,
  ReviewCorrectionList,
  ReviewSessionDetail,
  ReviewSessionList,
} from '@madoguchi/shared'
import { z } from 'zod'
import { current } from '../auth/current'
import { feature, route } from '../http/route'
import { listOpenCorrections, resolveCorrection } from './corrections'
import { reviewPhoto, reviewSession, reviewSessions } from './service'

/** Supervisors, city staff and admins review what arrived from the pop-up sessions. */
const Id = z.object({ id: z.string().uuid() })

export const outreachReviewFeature = feature('outreach-review', '/api/outreach-review', [
  route({
    method: 'get',
    path: '/sessions',
    permission: 'review.read',
    summary: 'Sessions that arrived, newest first, with counts of intakes, notes and photos (audited)',
    response: ReviewSessionList,
    handler: (c) => c.json(reviewSessions(c.var.deps, current(c))),
  }),
  route({
    method: 'get',
    path: '/sessions/:id',
    permission: 'review.read',
    summary: 'One session: intakes with checklist state, notes, photo metadata (audited)',
    params: Id,
    response: ReviewSessionDetail,
    handler: (c, { params }) => c.json(reviewSession(c.var.deps, current(c), params.id)),
  }),
  route({
    method: 'get',
    path: '/photos/:id',
    permission: 'review.read',
    summary: 'A stored face photo as JPEG (audited)',
    params: Id,
    handler: (c, { params }) => {
      const bytes = reviewPhoto(c.var.deps, current(c), params.id)
      // Personal data: never kept by a shared cache or the browser's disk cache.
      c.header('cache-control', 'private, no-store')
      c.header('content-type', 'image/jpeg')
      return c.body(new Uint8Array(bytes))
    },
  }),
  route({
    method: 'get',
    path: '/corrections',
    permission: 'review.read',
    summary: 'Open correction requests (訂正依頼) from the tablets, oldest first (audited)',
    response: ReviewCorrectionList,
    handler: (c) => c.json(listOpenCorrections(c.var.deps, current(c))),
  }),
  route({
    method: 'post',
    path: '/corrections/:id/resolve',
    permission: 'review.correct',
    summary: 'Mark a correction request applied (saying what was changed) or dismissed (audited)',
    params: Id,
    body: ResolveCorrectionRequest,
    response: ReviewCorrection,
    handler: (c, { params, body }) => c.json(resolveCorrection(c.var.deps, current(c), params.id, body)),
  }),
])
