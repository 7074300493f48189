import { freeOfIndividualNumbers, GuardedTextarea } from '../../ui/GuardedTextarea'

type Props = {
  id: string
  label: string
  value: string
  onChange: (text: string) => void
  maxLength: number
  testId?: string
}

/** Text that may be saved: something typed, and nothing shaped like an individual number. */
export function acceptableText(text: string): boolean {
  return text.trim().length > 0 && freeOfIndividualNumbers(text)
}

/**
 * Free text kept on screen until staff confirm (a reason, a correction request): the confirming
 * button stays disabled while `acceptableText` is false, so refused text is never written.
 */
export function GuardedField(props: Props) {
  return <GuardedTextarea {...props} rows={3} />
}
