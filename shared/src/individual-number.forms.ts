/**
 * The ways of writing digits the individual-number tests share (individual-number.test.ts and its
 * property tests): full width, the digits of other scripts from the code point of their zero, kanji.
 */
export const fullWidth = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))
/** The digits of another script, from the code point of its zero. */
export const toScript = (s: string, zero: number) =>
  s.replace(/[0-9]/g, (d) => String.fromCodePoint(zero + Number(d)))
export const kanji = (s: string) => s.replace(/[0-9]/g, (d) => '〇一二三四五六七八九'[Number(d)] ?? d)
