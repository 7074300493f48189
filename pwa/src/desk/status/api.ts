import {
  ImportLog,
  ImportPreview,
  ImportResult,
  type SourceMapping,
  SourceMappingEntry,
  StatusLabelList,
  type StatusLookup,
  StatusLookupResult,
} from '@madoguchi/shared'
import { api, networkError, parseApiError } from '../../app/api'
import { useLang } from '../../app/i18n'
import { useSession } from '../../app/session'

/** The status API as the desk calls it: each answer checked against the shared wire schema. */
export const statusApi = {
  lookup: (body: StatusLookup) =>
    api('/api/status/lookup', { method: 'POST', body, schema: StatusLookupResult }),
  labels: () => api('/api/status/labels', { schema: StatusLabelList }),
  log: () => api('/api/status/imports', { schema: ImportLog }),
  saveMapping: (source: string, mapping: SourceMapping) =>
    api(`/api/status/sources/${encodeURIComponent(source)}`, {
      method: 'PUT',
      body: mapping,
      schema: SourceMappingEntry,
    }),
}

/**
 * Send a status file with upload progress (fetch cannot report it; a 10 MB file on a slow office
 * line takes a while). Failures become the same ApiRequestError as every other call.
 */
export function upload<T>(
  path: string,
  file: Blob,
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } },
  onProgress: (percent: number) => void,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', path)
    xhr.setRequestHeader('Content-Type', 'text/csv')
    xhr.setRequestHeader('Accept', 'application/json')
    xhr.setRequestHeader('Accept-Language', useLang.getState().lang)
    const csrf = useSession.getState().session?.csrfToken
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', csrf)
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100))
    }
    xhr.onerror = () => reject(networkError())
    xhr.onload = () => {
      let body: unknown = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        // not JSON: the status decides
      }
      if (xhr.status < 200 || xhr.status >= 300) return reject(parseApiError(xhr.status, body))
      const checked = schema.safeParse(body)
      if (!checked.success) return reject(parseApiError(500, null))
      resolve(checked.data)
    }
    xhr.send(file)
  })
}

export const previewFile = (q: string, file: Blob, onProgress: (p: number) => void) =>
  upload(`/api/status/imports/preview?${q}`, file, ImportPreview, onProgress)
export const importFile = (q: string, file: Blob, onProgress: (p: number) => void) =>
  upload(`/api/status/imports?${q}`, file, ImportResult, onProgress)
