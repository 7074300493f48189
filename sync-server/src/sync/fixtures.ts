import type { ChecklistTemplate, Site } from '@madoguchi/shared'

/**
 * Stand-in reference data until the outreach work's shared default template and demo sites land
 * (shared/src/intake/default-template.ts, demo-sites.ts); then the seed switches to those exports.
 * The places are invented.
 */
export const FIXTURE_SITES: readonly Site[] = [
  { id: 'site-mall-1', name: '恵庭ショッピングモール 1階イベントスペース', kind: 'mall' },
  { id: 'site-hall-1', name: '恵み野公民館', kind: 'community_hall' },
  { id: 'site-branch-1', name: '島松出張所', kind: 'branch_office' },
]

export const FIXTURE_TEMPLATE: ChecklistTemplate = {
  id: 'default',
  version: 1,
  name: { ja: '標準チェックリスト', en: 'Standard checklist' },
  items: [
    { id: 'id_a', kind: 'identity_a', label: { ja: '顔写真付き本人確認書類（1点）', en: 'Photo ID (one)' } },
    { id: 'id_b', kind: 'identity_b', label: { ja: '本人確認書類（2点）', en: 'Other IDs (two)' } },
    {
      id: 'representative',
      kind: 'representative',
      label: { ja: '法定代理人の確認', en: 'Legal representative' },
    },
    { id: 'form', kind: 'form', label: { ja: '交付申請書', en: 'Application form' } },
    {
      id: 'consent',
      kind: 'consent',
      label: { ja: '撮影・記録への同意', en: 'Consent to photo and record' },
    },
  ],
}
