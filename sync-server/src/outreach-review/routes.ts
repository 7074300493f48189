import { ReviewSessionDetail, ReviewSessionList } from '@madoguchi/shared'
import { z } from 'zod'
import { current } from '../auth/current'
import { feature, route } from '../http/route'
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
])
