import { answerBlocks, type Span } from '@madoguchi/shared'

function Line({ spans }: { spans: Span[] }) {
  return (
    <>
      {spans.map((s, i) =>
        s.kind === 'link' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: spans of one line never reorder
          <a key={i} href={s.href} target="_blank" rel="noopener noreferrer">
            {s.text}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: spans of one line never reorder
          <span key={i}>{s.text}</span>
        ),
      )}
    </>
  )
}

/** An FAQ answer with its simple formatting (shared/src/faq/format.ts): paragraphs, lists, links. */
export function FaqAnswer({ answer, testId }: { answer: string; testId?: string }) {
  return (
    <div className="faq-answer" data-testid={testId}>
      {answerBlocks(answer).map((block, i) => {
        if (block.kind === 'paragraph')
          return (
            // biome-ignore lint/suspicious/noArrayIndexKey: an answer's blocks never reorder
            <p key={i}>
              {block.lines.map((line, j) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: lines never reorder
                <span key={j}>
                  {j > 0 && <br />}
                  <Line spans={line} />
                </span>
              ))}
            </p>
          )
        const items = block.items.map((item, j) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: items never reorder
          <li key={j}>
            <Line spans={item} />
          </li>
        ))
        // biome-ignore lint/suspicious/noArrayIndexKey: an answer's blocks never reorder
        return block.ordered ? <ol key={i}>{items}</ol> : <ul key={i}>{items}</ul>
      })}
    </div>
  )
}
