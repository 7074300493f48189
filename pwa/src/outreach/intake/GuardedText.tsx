import { useState } from 'react'
import { freeOfIndividualNumbers, GuardedTextarea } from '../../ui/GuardedTextarea'
import { useAutosave } from '../autosave'

type Props = {
  id: string
  label: string
  /**
   * The stored value, read once when the field opens; from then on the field owns what is typed (a
   * live record arriving after our own save must not overwrite newer keystrokes). Re-key to reset.
   */
  initial: string
  save: (text: string) => Promise<unknown>
  maxLength: number
  testId?: string
}

/**
 * Free text saved as it is typed, except while it contains something shaped like an individual
 * number: that is refused at once (never written to the device) and shown until staff delete it.
 */
export function GuardedText({ id, label, initial, save, maxLength, testId }: Props) {
  const [text, setText] = useState(initial)
  const { schedule, flush } = useAutosave(save)
  return (
    <GuardedTextarea
      id={id}
      label={label}
      value={text}
      maxLength={maxLength}
      testId={testId}
      onBlur={flush}
      onChange={(value) => {
        setText(value)
        if (freeOfIndividualNumbers(value)) schedule(value)
      }}
    />
  )
}
