/**
 * An answer's simple formatting, read the same way by the desk, the tablet and (later) the public
 * site: a blank line starts a paragraph, a line starting with "- ", "・" or "1. " is a list item, and
 * an http(s) URL becomes a link. Nothing else is markup, so an answer can always be read aloud as it
 * is written.
 */
export type Span = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string }
export type Block =
  | { kind: 'paragraph'; lines: Span[][] }
  | { kind: 'list'; ordered: boolean; items: Span[][] }

const URL_PATTERN = /https?:\/\/[^\s<>"'（）「」、。]+/g
const BULLET = /^\s*(?:[-・*]\s*)(.*)$/
const NUMBERED = /^\s*\d{1,2}[.)．]\s*(.*)$/

export function spansOf(line: string): Span[] {
  const spans: Span[] = []
  let at = 0
  for (const match of line.matchAll(URL_PATTERN)) {
    const start = match.index ?? 0
    if (start > at) spans.push({ kind: 'text', text: line.slice(at, start) })
    spans.push({ kind: 'link', href: match[0], text: match[0] })
    at = start + match[0].length
  }
  if (at < line.length) spans.push({ kind: 'text', text: line.slice(at) })
  return spans
}

export function answerBlocks(answer: string): Block[] {
  const blocks: Block[] = []
  for (const chunk of answer.replace(/\r\n?/g, '\n').split(/\n\s*\n/)) {
    const lines = chunk.split('\n').filter((l) => l.trim() !== '')
    let paragraph: Span[][] = []
    let list: { ordered: boolean; items: Span[][] } | null = null
    const flush = () => {
      if (paragraph.length) blocks.push({ kind: 'paragraph', lines: paragraph })
      if (list) blocks.push({ kind: 'list', ...list })
      paragraph = []
      list = null
    }
    for (const line of lines) {
      const bullet = BULLET.exec(line)
      const numbered = bullet ? null : NUMBERED.exec(line)
      const item = bullet?.[1] ?? numbered?.[1]
      if (item !== undefined) {
        const ordered = numbered !== null
        if (paragraph.length || (list && list.ordered !== ordered)) flush()
        list ??= { ordered, items: [] }
        list.items.push(spansOf(item))
      } else {
        if (list) flush()
        paragraph.push(spansOf(line.trim()))
      }
    }
    flush()
  }
  return blocks
}

/** The answer as one plain text, for reading aloud or copying: list markers become "・". */
export function answerPlainText(answer: string): string {
  return answerBlocks(answer)
    .map((b) =>
      b.kind === 'paragraph'
        ? b.lines.map((l) => l.map((s) => s.text).join('')).join('\n')
        : b.items.map((i) => `・${i.map((s) => s.text).join('')}`).join('\n'),
    )
    .join('\n\n')
}
