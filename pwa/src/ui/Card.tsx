import type { ReactNode } from 'react'

type Props = { title: string; children: ReactNode; testId?: string }

/** A section of a home screen: a heading and what is (or will be) there. */
export function Card({ title, children, testId }: Props) {
  return (
    <article className="card" data-testid={testId}>
      <h2 className="card-title">{title}</h2>
      <div>{children}</div>
    </article>
  )
}
