import { describe, expect, it } from 'vitest'
import { CreateStaffRequest, initialPassword, NewLoginId } from './schemas'

describe('staff account schemas', () => {
  it('takes login IDs from a bounded alphabet only', () => {
    expect(NewLoginId.parse(' Tanaka.K ')).toBe('tanaka.k')
    for (const bad of ['ab', '1abc', 'tanaka k', 'たなか', 'a'.repeat(33), '090-1234-5678', 'a;drop']) {
      expect(NewLoginId.safeParse(bad).success, bad).toBe(false)
    }
  })

  it('needs a display name and a known role', () => {
    expect(CreateStaffRequest.safeParse({ loginId: 'sato', displayName: '', role: 'operator' }).success).toBe(
      false,
    )
    expect(CreateStaffRequest.safeParse({ loginId: 'sato', displayName: '佐藤', role: 'root' }).success).toBe(
      false,
    )
    expect(CreateStaffRequest.parse({ loginId: 'sato', displayName: '佐藤', role: 'city' }).department).toBe(
      null,
    )
  })

  it('makes grouped initial passwords from unambiguous characters', () => {
    const password = initialPassword(new Uint8Array([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 255]))
    expect(password).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/)
    expect(password).not.toMatch(/[01ilo]/)
  })
})
