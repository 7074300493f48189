import { z } from 'zod'

/**
 * A checklist template: versioned data, server-owned, copied to the device. An intake records the
 * template id and version it was filled against, so a later template never reinterprets it.
 */
export const CHECK_ITEM_KINDS = [
  'identity_a',
  'identity_b',
  'representative',
  'form',
  'consent',
  'other',
] as const

export const ChecklistItem = z.object({
  id: z.string().min(1),
  kind: z.enum(CHECK_ITEM_KINDS),
  label: z.object({ ja: z.string(), en: z.string() }),
  /** Optional guidance shown under the item. */
  hint: z.object({ ja: z.string(), en: z.string() }).optional(),
})
export type ChecklistItem = z.infer<typeof ChecklistItem>

export const ChecklistTemplate = z.object({
  id: z.string().min(1),
  version: z.number().int().min(1),
  name: z.object({ ja: z.string(), en: z.string() }),
  items: z.array(ChecklistItem).min(1),
})
export type ChecklistTemplate = z.infer<typeof ChecklistTemplate>
