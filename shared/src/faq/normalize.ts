/**
 * The one normalisation every side applies before it compares Japanese text (the server's index and
 * queries, the tablet's index and queries), so a word typed in any width, script or spelling meets the
 * same key:
 * - NFKC: full-width Latin and digits to half-width, half-width katakana to full-width (ｶｰﾄﾞ → カード);
 * - lower case (PIN = pin);
 * - katakana to hiragana (カード = かーど), ヴ to ぶ;
 * - small kana to their full size (しょう = しよう, きって = きつて): callers and IMEs differ;
 * - long-vowel marks and wave dashes dropped (サーバー = サーバ, めーる = める);
 * - white space, punctuation and symbols dropped: Japanese has no spaces, and a query of symbols
 *   alone is empty rather than an error.
 */

const SMALL_TO_FULL: Record<string, string> = {
  ぁ: 'あ',
  ぃ: 'い',
  ぅ: 'う',
  ぇ: 'え',
  ぉ: 'お',
  っ: 'つ',
  ゃ: 'や',
  ゅ: 'ゆ',
  ょ: 'よ',
  ゎ: 'わ',
  ゕ: 'か',
  ゖ: 'け',
}

/** Katakana ァ..ヶ sit 0x60 above their hiragana. */
function katakanaToHiragana(text: string): string {
  return text.replace(/[\u30a1-\u30f6]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0x60))
}

export function normalizeForSearch(text: string): string {
  return katakanaToHiragana(text.normalize('NFKC').toLowerCase())
    .replace(/ゔ/g, 'ぶ')
    .replace(/[ぁぃぅぇぉっゃゅょゎゕゖ]/g, (c) => SMALL_TO_FULL[c] ?? c)
    .replace(/[ー〜～]/g, '')
    .replace(/[\s\p{P}\p{S}\p{Cc}\p{Cf}]/gu, '')
}

/** Characters, not UTF-16 units: a kanji outside the BMP or an emoji counts once. */
export function chars(text: string): string[] {
  return Array.from(text)
}

/** Overlapping n-grams of a normalised text; a text shorter than n is its own one gram. */
export function ngrams(text: string, n: number): string[] {
  const c = chars(text)
  if (c.length === 0) return []
  if (c.length <= n) return [c.join('')]
  const out: string[] = []
  for (let i = 0; i + n <= c.length; i++) out.push(c.slice(i, i + n).join(''))
  return out
}
