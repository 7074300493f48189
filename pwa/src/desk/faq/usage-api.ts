import { FaqDigest, FaqGaps, FaqUsage } from '@madoguchi/shared'
import { api } from '../../app/api'

/** The editors' figures: usage per entry, the grouped not-found words, the digest of changes. */
const period = (range: Record<string, string | undefined>) =>
  new URLSearchParams(Object.entries(range).filter((e): e is [string, string] => Boolean(e[1])))

export const faqUsageApi = {
  usage: (range: { from?: string; to?: string }) =>
    api(`/api/faq/usage?${period(range)}`, { schema: FaqUsage }),
  gaps: (range: { from?: string; to?: string }) => api(`/api/faq/gaps?${period(range)}`, { schema: FaqGaps }),
  digest: (since: string, to?: string) =>
    api(`/api/faq/digest?${period({ since, to })}`, { schema: FaqDigest }),
}
