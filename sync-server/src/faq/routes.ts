import {
  can,
  EditFaqRequest,
  FaqContent,
  FaqDetail,
  FaqDiff,
  FaqDiffQuery,
  FaqFeedbackRequest,
  FaqList,
  FaqListQuery,
  FaqSearchQuery,
  FaqSearchResult,
  FaqStepRequest,
  FaqSynonyms,
  FaqVersionList,
  IdParams,
} from '@madoguchi/shared'
import { current } from '../auth/current'
import { feature, route } from '../http/route'
import { fileFeedback, readSynonyms, replaceSynonyms } from './feedback'
import { diffVersions, listVersions } from './history'
import { searchFaq } from './search'
import { createEntry, editEntry, listEntries, readEntry, stepEntry } from './service'

const step = (
  name: 'submit' | 'return' | 'publish' | 'retire',
  summary: string,
  permission: 'faq.edit' | 'faq.publish',
) =>
  route({
    method: 'post',
    path: `/entries/:id/${name}`,
    permission,
    summary,
    params: IdParams,
    body: FaqStepRequest,
    response: FaqDetail,
    handler: async (c, { params, body }) =>
      c.json(await stepEntry(c.var.deps, current(c), params.id, name, body)),
  })

/** The FAQ (よくある質問): search, entries and their versions, review and publishing, synonyms, feedback. */
export const faqFeature = feature('faq', '/api/faq', [
  route({
    method: 'get',
    path: '/search',
    permission: 'faq.read',
    summary: 'Search the published entries as the operator types: any text, normalised, never refused',
    query: FaqSearchQuery,
    response: FaqSearchResult,
    handler: async (c, { query }) => c.json(await searchFaq(c.var.deps.db, query)),
  }),
  route({
    method: 'get',
    path: '/entries',
    permission: 'faq.read',
    summary: 'Entries by number: editors see every state, others the published ones',
    query: FaqListQuery,
    response: FaqList,
    handler: (c, { query }) =>
      c.json({ entries: listEntries(c.var.deps, can(current(c).user.role, 'faq.edit'), query.state) }),
  }),
  route({
    method: 'post',
    path: '/entries',
    permission: 'faq.edit',
    summary: 'Write a new entry (a draft, version 1)',
    body: FaqContent,
    response: FaqDetail,
    status: 201,
    handler: (c, { body }) => c.json(createEntry(c.var.deps, current(c), body), 201),
  }),
  route({
    method: 'get',
    path: '/entries/:id',
    permission: 'faq.read',
    summary: 'One entry: its newest version, the published one, its history',
    params: IdParams,
    response: FaqDetail,
    handler: (c, { params }) => c.json(readEntry(c.var.deps, params.id)),
  }),
  route({
    method: 'put',
    path: '/entries/:id',
    permission: 'faq.edit',
    summary: 'Edit: a new version, as a draft (the published version stays until the new one is published)',
    params: IdParams,
    body: EditFaqRequest,
    response: FaqDetail,
    handler: (c, { params, body }) => c.json(editEntry(c.var.deps, current(c), params.id, body)),
  }),
  step('submit', 'Submit the newest version for review (確認待ち)', 'faq.edit'),
  step('return', 'Send a version in review back to its author with the reason', 'faq.publish'),
  step(
    'publish',
    'Publish the version in review: refused (409 faq_own_draft) to its own author',
    'faq.publish',
  ),
  step('retire', 'Retire the entry: search and the tablets no longer show it', 'faq.publish'),
  route({
    method: 'get',
    path: '/entries/:id/versions',
    permission: 'faq.edit',
    summary: 'Every version, newest first',
    params: IdParams,
    response: FaqVersionList,
    handler: (c, { params }) => c.json(listVersions(c.var.deps, params.id)),
  }),
  route({
    method: 'get',
    path: '/entries/:id/diff',
    permission: 'faq.edit',
    summary: 'What changed between two versions, field by field',
    params: IdParams,
    query: FaqDiffQuery,
    response: FaqDiff,
    handler: (c, { params, query }) => c.json(diffVersions(c.var.deps, params.id, query.from, query.to)),
  }),
  route({
    method: 'get',
    path: '/synonyms',
    permission: 'faq.read',
    summary: 'The synonym groups every search expands with',
    response: FaqSynonyms,
    handler: (c) => c.json(readSynonyms(c.var.deps)),
  }),
  route({
    method: 'put',
    path: '/synonyms',
    permission: 'faq.edit',
    summary: 'Replace the synonym groups',
    body: FaqSynonyms,
    response: FaqSynonyms,
    handler: (c, { body }) => c.json(replaceSynonyms(c.var.deps, current(c), body.groups)),
  }),
  route({
    method: 'post',
    path: '/feedback',
    permission: 'faq.feedback',
    summary: 'Not found / the answer was wrong: the query text for the editors, nothing about the caller',
    body: FaqFeedbackRequest,
    status: 201,
    handler: (c, { body }) => c.json(fileFeedback(c.var.deps, current(c), body), 201),
  }),
])
