import { phoneLabel } from './phone'

/** A phone number grouped for reading aloud, dialled by a tap on a desk with a softphone. */
export function PhoneLink({ phone, testId }: { phone: string; testId?: string }) {
  return (
    <a href={`tel:${phone}`} className="mono nowrap" data-testid={testId}>
      {phoneLabel(phone)}
    </a>
  )
}
