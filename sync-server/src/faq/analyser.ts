import { createRequire } from 'node:module'
import path from 'node:path'
import { normalizeForSearch } from '@madoguchi/shared'
import kuromoji from 'kuromoji'

/**
 * The morphological analyser: kuromoji with its IPADIC dictionary, read from the npm package in
 * node_modules (never downloaded at run time). It gives the base form of each word (忘れた → 忘れる,
 * なくしちゃった → なくす) and its reading in kana (暗証番号 → アンショウバンゴウ), which the FAQ index keeps
 * beside the text so a conjugated or hiragana-only query meets the entry. Building it takes about two
 * seconds and some 300 MB, once per process: the server starts it at boot (main.ts) and everything
 * that needs it awaits the same promise.
 */

type Tokenizer = kuromoji.Tokenizer<kuromoji.IpadicFeatures>

let building: Promise<Tokenizer> | undefined

function dictionaryPath(): string {
  const require = createRequire(import.meta.url)
  return path.join(path.dirname(require.resolve('kuromoji/package.json')), 'dict')
}

export function analyser(): Promise<Tokenizer> {
  building ??= new Promise<Tokenizer>((resolve, reject) => {
    kuromoji.builder({ dicPath: dictionaryPath() }).build((error, tokenizer) => {
      if (error) {
        building = undefined
        reject(error)
      } else resolve(tokenizer)
    })
  })
  return building
}

/** Words whose base form is worth matching: the others (particles, auxiliaries) match everything. */
const CONTENT = new Set(['名詞', '動詞', '形容詞', '副詞'])

export interface Analysis {
  /** Base forms of the content words that differ from how they were written (忘れ → 忘れる). */
  bases: string[]
  /** The whole text read in kana, normalised (hiragana, no small kana). */
  reading: string
}

export function analyse(tokenizer: Tokenizer, text: string): Analysis {
  const bases = new Set<string>()
  let reading = ''
  for (const token of tokenizer.tokenize(text.slice(0, 20_000))) {
    reading += token.reading && token.reading !== '*' ? token.reading : token.surface_form
    if (!CONTENT.has(token.pos)) continue
    const base = token.basic_form
    if (base && base !== '*' && base !== token.surface_form) bases.add(base)
  }
  return { bases: [...bases].map(normalizeForSearch).filter(Boolean), reading: normalizeForSearch(reading) }
}

/** The index's `reading` column: base forms, then the reading, kept apart by spaces. */
export function readingColumn(analysis: Analysis): string {
  return [...analysis.bases, analysis.reading].join(' ')
}

/** What the analyser adds to a query: its base forms and its reading (see search-rules planQuery). */
export function queryExtras(analysis: Analysis): string[] {
  return [...analysis.bases, analysis.reading]
}

/**
 * The analyser's terms for a query, remembered for the last few queries: the operator types
 * incrementally and the screen asks again for the same words (a filter changed, a result chosen).
 */
const recent = new Map<string, string[]>()
const RECENT_KEPT = 16

export function analysedQuery(tokenizer: Tokenizer, text: string): string[] {
  const known = recent.get(text)
  if (known) return known
  const terms = queryExtras(analyse(tokenizer, text))
  recent.set(text, terms)
  if (recent.size > RECENT_KEPT) recent.delete(recent.keys().next().value as string)
  return terms
}
