import type { CategoryCode, ConsultationNoteRecord } from '@madoguchi/shared'
import { useLiveQuery } from 'dexie-react-hooks'
import { useState } from 'react'
import { useT } from '../../app/i18n'
import { useReadAudit } from '../../audit/useReadAudit'
import { db } from '../../db/schema'
import { tracked } from '../autosave'
import { createNote } from '../create'
import { ConfirmDelete } from '../delete/ConfirmDelete'
import { GuardedText } from '../intake/GuardedText'
import { patchNote, removeNote } from '../patch'
import { Toggle } from '../Toggle'
import { CategoryChooser, CategorySelect } from './CategoryChooser'

/** 相談記録 for one visitor: each note has a category, free text (guarded) and a follow-up flag. */
export function NotesStep({ sessionId, intakeId }: { sessionId: string; intakeId: string }) {
  const t = useT()
  const notes = useLiveQuery(
    () => db.notes.where('intakeId').equals(intakeId).sortBy('createdAt'),
    [intakeId],
  )
  const [choosing, setChoosing] = useState(false)

  async function add(category: CategoryCode) {
    setChoosing(false)
    await createNote(sessionId, intakeId, category).catch(() => undefined)
  }

  return (
    <div className="step-body" data-testid="notes-step">
      {notes?.length === 0 && !choosing && <p className="muted">{t('notes.none')}</p>}
      {notes?.map((note, i) => (
        <NoteEditor key={note.id} note={note} no={i + 1} />
      ))}
      {choosing ? (
        <CategoryChooser onChoose={(code) => void add(code)} />
      ) : (
        <button
          type="button"
          className="button button-large"
          data-testid="add-note"
          onClick={() => setChoosing(true)}
        >
          ＋ {t('notes.add')}
        </button>
      )}
    </div>
  )
}

function NoteEditor({ note, no }: { note: ConsultationNoteRecord; no: number }) {
  const t = useT()
  useReadAudit('note.read', note.id, note.sessionId)
  const save = (patch: Partial<ConsultationNoteRecord>) =>
    void tracked(() => patchNote(note.id, patch, note)).catch(() => undefined)
  return (
    <article className="note" data-testid="note">
      <h4 className="group-title">{t('notes.number', { no })}</h4>
      <CategorySelect
        id={`note-category-${note.id}`}
        value={note.category}
        onChange={(category) => save({ category })}
      />
      <GuardedText
        id={`note-text-${note.id}`}
        testId="note-text"
        label={t('notes.text')}
        initial={note.text}
        maxLength={4000}
        save={(text) => patchNote(note.id, { text }, note)}
      />
      <Toggle
        testId="note-follow-up"
        checked={note.followUp}
        label={t('notes.followUp')}
        onChange={(followUp) => save({ followUp })}
      />
      <ConfirmDelete
        label={t('outreach.delete.note')}
        question={t('outreach.delete.noteQuestion', { no })}
        testId="delete-note"
        onDelete={() => tracked(() => removeNote(note.id))}
      />
    </article>
  )
}
