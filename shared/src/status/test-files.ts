/**
 * Status files for tests and the bench: invented applications only. Not exported from the package
 * index; test code imports it by path (`@madoguchi/shared/status/test-files`).
 */

/** The header of the city's status file with all eight columns, as its system writes them. */
export const CITY_FILE_HEADER = [
  '申請書ID',
  'ステータス',
  'ステータス日',
  '申請日',
  '申請方法',
  '氏名カナ',
  '生年月日',
  '交付通知書発送日',
]

/** A synthetic 申請書ID: 23 digits, never one digit repeated, different for every `n`. */
export function syntheticFormId(n: number): string {
  return `9${String(n).padStart(22, '0')}`
}

/** The same ID as a caller reads it out: full-width digits in groups of four with spaces. */
export function spokenFormId(formId: string): string {
  const wide = formId.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)))
  return (wide.match(/.{1,4}/g) ?? []).join(' ')
}

/** A UTF-8 CSV (with BOM, CRLF, as Excel saves it) from a header and rows. */
export function utf8Csv(header: readonly string[], rows: readonly (readonly string[])[]): Uint8Array {
  const quote = (cell: string) => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)
  const text = [header, ...rows].map((r) => r.map(quote).join(',')).join('\r\n')
  return new TextEncoder().encode(`\ufeff${text}\r\n`)
}

declare const TextEncoder: new () => { encode(text: string): Uint8Array }

/**
 * Real Shift_JIS bytes (made with Python's shift_jis codec) of:
 *   申請書ID,ステータス,ステータス日,氏名カナ,生年月日
 *   1234 5678 9012 3456 7890 123,交付通知書発送済,2026/11/20,ヤマダ　ハナコ,1980/04/01
 *   23456789012345678901234,審査中,令和8年11月2日,,
 */
export const SHIFT_JIS_SAMPLE_HEX =
  '905c90bf8f9149442c83588365815b835e83582c83588365815b835e835893fa2c8e8196bc834a83692c90b6944e8c8e93fa0d0a313233342035363738203930313220333435362037383930203132332c8cf0957492ca926d8f9194ad91978dcf2c323032362f31312f32302c8384837d835f8140836e836983522c313938302f30342f30310d0a32333435363738393031323334353637383930313233342c90528db892862c97df986138944e31318c8e3293fa2c2c0d0a'

export function hexBytes(hex: string): Uint8Array {
  const out = new Uint8Array(hex.length / 2)
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(hex.slice(i * 2, i * 2 + 2), 16)
  return out
}
