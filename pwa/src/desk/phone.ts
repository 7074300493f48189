import { parsePhoneNumberFromString } from 'libphonenumber-js/min'

/**
 * A phone number as operators read it aloud and dial it: grouped the way Japan groups it, which
 * depends on the area code's length (090-1234-5678, 0123-34-1234, 03-1234-5678, 0120-123-456), so
 * it comes from libphonenumber's metadata rather than a rule of our own. A number it does not know
 * is shown as stored.
 */
export function phoneLabel(phone: string): string {
  const parsed = parsePhoneNumberFromString(phone, 'JP')
  return parsed?.isValid() ? parsed.formatNational() : phone
}
