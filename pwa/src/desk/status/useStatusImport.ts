import type {
  ImportLog,
  ImportPreview,
  MessageKey,
  SourceMapping,
  StatusCode,
  StatusField,
} from '@madoguchi/shared'
import { useCallback, useEffect, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { useT } from '../../app/i18n'
import { importFile, previewFile, statusApi } from './api'

export type Phase =
  | { kind: 'idle' }
  | { kind: 'sending'; percent: number }
  | { kind: 'checking' }
  | { kind: 'applying' }

/**
 * What the import screen holds and does: the source, file and encoding chosen, the check's preview
 * and the mapping being corrected, the progress, the outcome, and the log of imports so far.
 */
export function useStatusImport() {
  const t = useT()
  const [source, setSource] = useState('city-system')
  const [file, setFile] = useState<File | null>(null)
  const [encoding, setEncoding] = useState<'' | 'utf-8' | 'shift_jis'>('')
  const [preview, setPreview] = useState<ImportPreview | null>(null)
  const [mapping, setMapping] = useState<SourceMapping | null>(null)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null)
  const [log, setLog] = useState<ImportLog | null>(null)

  const refreshLog = useCallback(() => {
    statusApi
      .log()
      .then(setLog)
      .catch(() => {})
  }, [])
  useEffect(refreshLog, [refreshLog])

  const failed = useCallback(
    (e: unknown) => {
      setPhase({ kind: 'idle' })
      if (!(e instanceof ApiRequestError)) return setMessage({ kind: 'error', text: t('error.internal') })
      const problem = (
        e.details as { problem?: { code: string; header?: string; line?: number } } | undefined
      )?.problem
      const text = problem
        ? t(`status.file.${problem.code}` as MessageKey, {
            header: problem.header ?? '',
            line: problem.line ?? 0,
          })
        : e.message
      setMessage({ kind: 'error', text })
    },
    [t],
  )

  const query = (extra: Record<string, string> = {}) =>
    new URLSearchParams({ source, ...(encoding ? { encoding } : {}), ...extra }).toString()

  const check = async (chosen = file) => {
    if (!chosen) return
    setMessage(null)
    setPreview(null)
    setPhase({ kind: 'sending', percent: 0 })
    try {
      const p = await previewFile(query(), chosen, (percent) =>
        setPhase(percent < 100 ? { kind: 'sending', percent } : { kind: 'checking' }),
      )
      setPreview(p)
      setMapping(p.mapping)
      setPhase({ kind: 'idle' })
    } catch (e) {
      failed(e)
    }
  }

  const saveAndCheck = async () => {
    if (!mapping) return
    try {
      await statusApi.saveMapping(source, mapping)
      await check()
    } catch (e) {
      failed(e)
    }
  }

  const apply = async () => {
    if (!file || !preview) return
    setPhase({ kind: 'applying' })
    try {
      const done = await importFile(
        query({ encoding: preview.encoding, sha256: preview.sha256 }),
        file,
        (percent) => setPhase(percent < 100 ? { kind: 'sending', percent } : { kind: 'applying' }),
      )
      setPhase({ kind: 'idle' })
      setPreview(null)
      setMessage({ kind: 'ok', text: t('status.import.done', { ...done }) })
      refreshLog()
    } catch (e) {
      failed(e)
    }
  }

  const setColumn = (field: StatusField, header: string) =>
    mapping &&
    setMapping({ ...mapping, columns: { ...mapping.columns, [field]: header === '' ? null : header } })
  const setWord = (word: string, code: string) => {
    if (!mapping) return
    const words = { ...mapping.words }
    if (code) words[word] = code as StatusCode
    else delete words[word]
    setMapping({ ...mapping, words })
  }

  return {
    source,
    setSource,
    file,
    setFile,
    encoding,
    setEncoding,
    preview,
    mapping,
    phase,
    message,
    log,
    check,
    saveAndCheck,
    apply,
    setColumn,
    setWord,
  }
}

export type StatusImport = ReturnType<typeof useStatusImport>
