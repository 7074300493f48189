import type { FaqContent, FaqContentInput } from '@madoguchi/shared'

/**
 * The editor's form as text boxes, and back: lists are one item a line, a source is a line of
 * "URL date title". Pure, so the round trip is tested without a browser.
 */
export interface FaqForm {
  question: string
  answer: string
  category: string
  audience: 'staff' | 'public'
  keywords: string
  phrasings: string
  sources: string
  enQuestion: string
  enAnswer: string
  editorNote: string
}

export const EMPTY_FORM: FaqForm = {
  question: '',
  answer: '',
  category: 'other',
  audience: 'staff',
  keywords: '',
  phrasings: '',
  sources: '',
  enQuestion: '',
  enAnswer: '',
  editorNote: '',
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)

export function formOf(c: FaqContent): FaqForm {
  return {
    question: c.question,
    answer: c.answer,
    category: c.category,
    audience: c.audience,
    keywords: c.keywords.join('\n'),
    phrasings: c.phrasings.join('\n'),
    sources: c.sources.map((s) => [s.url, s.checkedOn, s.title].filter(Boolean).join(' ')).join('\n'),
    enQuestion: c.translations.en?.question ?? '',
    enAnswer: c.translations.en?.answer ?? '',
    editorNote: c.editorNote,
  }
}

/** The form as the server's FaqContent (the server's schema checks it and names any bad field). */
export function contentOf(form: FaqForm): FaqContentInput {
  const en =
    form.enQuestion.trim() || form.enAnswer.trim()
      ? { question: form.enQuestion, answer: form.enAnswer }
      : undefined
  return {
    question: form.question,
    answer: form.answer,
    category: form.category as FaqContentInput['category'],
    audience: form.audience,
    keywords: lines(form.keywords),
    phrasings: lines(form.phrasings),
    sources: lines(form.sources).map((line) => {
      const [url = '', checkedOn = '', ...title] = line.split(/\s+/)
      return { url, checkedOn: checkedOn as `${number}-${number}-${number}`, title: title.join(' ') }
    }),
    translations: en ? { en } : {},
    editorNote: form.editorNote,
  }
}

/** Synonym groups as the editor writes them: a group a line, its words separated by ・ or commas. */
export function groupsOf(text: string): string[][] {
  return lines(text)
    .map((l) =>
      l
        .split(/[・,、，]/)
        .map((w) => w.trim())
        .filter(Boolean),
    )
    .filter((g) => g.length > 1)
}

export function textOfGroups(groups: readonly (readonly string[])[]): string {
  return groups.map((g) => g.join('・')).join('\n')
}
