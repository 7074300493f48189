import type { Site } from './records'

/**
 * Invented pop-up sites (出張会場) in the style of the ones Eniwa names: a mall, a community hall
 * and a branch office. The server seeds its reference data from these on a demo database; a device
 * shows them until its first sync pull brings the server's list. Names and addresses are fictional.
 */
export const DEMO_SITES: readonly Site[] = [
  {
    id: 'site-demo-mall',
    name: 'えにわ中央ショッピングモール 2階イベント広場',
    kind: 'mall',
    address: '北海道恵庭市中央町1丁目（架空）',
  },
  {
    id: 'site-demo-hall',
    name: '恵み野みどり公民館 第1会議室',
    kind: 'community_hall',
    address: '北海道恵庭市恵み野3丁目（架空）',
  },
  {
    id: 'site-demo-branch',
    name: '島松支所 市民ホール',
    kind: 'branch_office',
    address: '北海道恵庭市島松本町（架空）',
  },
]
