import {
  type FaqContentInput,
  FaqDetail,
  FaqDiff,
  type FaqFeedbackRequest,
  FaqList,
  FaqSearchResult,
  FaqSynonyms,
  FaqVersionList,
} from '@madoguchi/shared'
import { api } from '../../app/api'

/** The FAQ's API as the desk calls it: each answer checked against the shared wire schema. */
export const faqApi = {
  search: (q: string, signal?: AbortSignal) =>
    api(`/api/faq/search?${new URLSearchParams({ q, limit: '8' })}`, { schema: FaqSearchResult, signal }),
  list: () => api('/api/faq/entries', { schema: FaqList }),
  detail: (id: string) => api(`/api/faq/entries/${id}`, { schema: FaqDetail }),
  create: (content: FaqContentInput) =>
    api('/api/faq/entries', { method: 'POST', body: content, schema: FaqDetail }),
  edit: (id: string, body: { content: FaqContentInput; expectedVersion: number }) =>
    api(`/api/faq/entries/${id}`, { method: 'PUT', body, schema: FaqDetail }),
  step: (
    id: string,
    step: 'submit' | 'return' | 'publish' | 'retire',
    expectedVersion: number,
    reason = '',
  ) =>
    api(`/api/faq/entries/${id}/${step}`, {
      method: 'POST',
      body: { expectedVersion, reason },
      schema: FaqDetail,
    }),
  versions: (id: string) => api(`/api/faq/entries/${id}/versions`, { schema: FaqVersionList }),
  diff: (id: string, from: number, to: number) =>
    api(`/api/faq/entries/${id}/diff?from=${from}&to=${to}`, { schema: FaqDiff }),
  synonyms: () => api('/api/faq/synonyms', { schema: FaqSynonyms }),
  saveSynonyms: (groups: string[][]) =>
    api('/api/faq/synonyms', { method: 'PUT', body: { groups }, schema: FaqSynonyms }),
  feedback: (body: FaqFeedbackRequest) => api('/api/faq/feedback', { method: 'POST', body }),
}
