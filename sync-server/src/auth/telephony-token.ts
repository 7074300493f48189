import { createHash } from 'node:crypto'

/** SHA-256 (hex) of a telephone service's token, as the configuration keeps it. */
export function tokenSha256(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}
