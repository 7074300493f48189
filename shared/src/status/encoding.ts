/**
 * The encodings a city's status file comes in: UTF-8 (with or without BOM, what current systems
 * write) or Shift_JIS (CP932, what Excel on Windows saves by default). Detection decodes strictly:
 * bytes that are valid UTF-8 are UTF-8 (Shift_JIS text of Japanese words is almost never valid
 * UTF-8), else valid Shift_JIS, else the file is refused. Staff see and may change the guess.
 */
// shared/ is typed without DOM or Node: both have the WHATWG TextDecoder, and this is all it uses.
declare const TextDecoder: new (
  label: string,
  options?: { fatal?: boolean },
) => { decode(input: Uint8Array): string }

export const FILE_ENCODINGS = ['utf-8', 'shift_jis'] as const
export type FileEncoding = (typeof FILE_ENCODINGS)[number]

export type DecodeResult = { ok: true; text: string } | { ok: false; code: 'wrong_encoding' | 'not_text' }

export function decodeAs(bytes: Uint8Array, encoding: FileEncoding): DecodeResult {
  let text: string
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, code: 'wrong_encoding' }
  }
  // A NUL or other C0 control besides tab and line breaks: a binary file, whatever it decoded as.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for exactly those
  if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return { ok: false, code: 'not_text' }
  return { ok: true, text }
}

export function detectEncoding(bytes: Uint8Array): FileEncoding | null {
  const found = detectAndDecode(bytes)
  return 'encoding' in found ? found.encoding : found.bom ? 'utf-8' : null
}

/**
 * Detect and decode in one go: the text detection decoded is the file's text. Decoding a 100,000-line
 * file costs about as much as checking all its lines, so it is not done twice (bench:import).
 * A file with a UTF-8 BOM is UTF-8 or nothing.
 */
export function detectAndDecode(
  bytes: Uint8Array,
): { encoding: FileEncoding; text: string } | { code: 'wrong_encoding' | 'not_text'; bom: boolean } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const decoded = decodeAs(bytes, 'utf-8')
    return decoded.ok ? { encoding: 'utf-8', text: decoded.text } : { code: decoded.code, bom: true }
  }
  for (const encoding of FILE_ENCODINGS) {
    const decoded = decodeAs(bytes, encoding)
    if (decoded.ok) return { encoding, text: decoded.text }
  }
  return { code: 'wrong_encoding', bom: false }
}
