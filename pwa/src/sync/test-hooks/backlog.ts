import type { CategoryCode, OutreachSessionRecord } from '@madoguchi/shared'
import { mulberry32, pseudoRandomBytes } from '@madoguchi/shared/sync/test-bytes'
import { sha256Hex } from '../../app/sha256'
import { saveIntake, saveNote, saveOutreachSession, savePhoto } from '../../db/records'

/** A backlog for the tests to seed, as a tablet would save it (see `seed`). */
export interface BacklogSpec {
  sessions: { id: string; siteId: string; date: string }[]
  intakes: { id: string; sessionId: string; visitorNo: number; memo: string }[]
  notes: { id: string; sessionId: string; intakeId: string | null; category: CategoryCode; text: string }[]
  /** Bytes made from `seed` with pseudoRandomBytes, or a real JPEG drawn on a canvas when `jpeg`. */
  photos: { id: string; sessionId: string; intakeId: string; seed: number; size: number; jpeg?: boolean }[]
}

export async function drawJpeg(seed: number): Promise<Uint8Array> {
  const canvas = new OffscreenCanvas(480, 617)
  const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D
  g.fillStyle = `hsl(${seed % 360} 40% 75%)`
  g.fillRect(0, 0, 480, 617)
  g.fillStyle = '#f1c9a5'
  g.beginPath()
  g.ellipse(240, 280, 120, 160, 0, 0, Math.PI * 2)
  g.fill()
  // Seeded grain over the frame, as a real camera's sensor gives: flat colours alone compress below
  // the photo rules' minimum size, and the server refuses such a file as too small.
  const grain = g.getImageData(0, 0, 480, 617)
  const random = mulberry32(seed)
  for (let i = 0; i < grain.data.length; i += 4) {
    const d = Math.floor(random() * 24) - 12
    grain.data[i] = (grain.data[i] ?? 0) + d
    grain.data[i + 1] = (grain.data[i + 1] ?? 0) + d
    grain.data[i + 2] = (grain.data[i + 2] ?? 0) + d
  }
  g.putImageData(grain, 0, 0)
  const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 })
  return new Uint8Array(await blob.arrayBuffer())
}

export async function seed(
  spec: BacklogSpec,
): Promise<{ photos: { id: string; sha256: string; bytes: number }[] }> {
  for (const s of spec.sessions) {
    await saveOutreachSession({
      ...s,
      date: s.date as OutreachSessionRecord['date'],
      staffNames: ['出張 花子'],
    })
  }
  for (const i of spec.intakes) {
    await saveIntake({
      id: i.id,
      sessionId: i.sessionId,
      visitorNo: i.visitorNo,
      purpose: 'new_application',
      templateId: 'default',
      templateVersion: 1,
      checks: { a_drivers_license: 'ok', form_present: 'ok', consent_photo: 'ok' },
      applicationFormId: null,
      legalRepresentative: false,
      memo: i.memo,
      // Seeded visitors are finished with (no 申請書ID: closed with a reason), so a confirmed one may
      // leave the tablet; an unfinished one never would (purge-rule.ts).
      closedIncomplete: { reason: '試験の来訪者', at: new Date().toISOString() },
    })
  }
  for (const n of spec.notes) await saveNote({ ...n, followUp: false })
  const photos = []
  for (const p of spec.photos) {
    const bytes = p.jpeg ? await drawJpeg(p.seed) : pseudoRandomBytes(p.seed, p.size)
    const sha256 = await sha256Hex(bytes as BufferSource)
    await savePhoto(
      {
        id: p.id,
        sessionId: p.sessionId,
        intakeId: p.intakeId,
        sha256,
        bytes: bytes.byteLength,
        width: 1200,
        height: 1543,
        takenAt: new Date().toISOString(),
      },
      new Blob([bytes as BlobPart], { type: 'image/jpeg' }),
    )
    photos.push({ id: p.id, sha256, bytes: bytes.byteLength })
  }
  return { photos }
}
