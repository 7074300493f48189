import { randomBytes, scrypt, timingSafeEqual } from 'node:crypto'

// N=2^15 costs ~60 ms on these machines: slow for a guesser, unnoticeable at sign-in.
const PARAMS = { N: 2 ** 15, r: 8, p: 1, keylen: 32 }

function derive(password: string, salt: Buffer, p: typeof PARAMS): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(
      password.normalize('NFKC'),
      salt,
      p.keylen,
      { N: p.N, r: p.r, p: p.p, maxmem: 128 * p.N * p.r * 2 },
      (err, key) => (err ? reject(err) : resolve(key)),
    ),
  )
}

/** `scrypt$N$r$p$salt$hash`, base64url parts: the parameters travel with the hash so they can be raised later. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16)
  const key = await derive(password, salt, PARAMS)
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  )
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$')
  if (scheme !== 'scrypt' || !salt || !hash) return false
  const expected = Buffer.from(hash, 'base64url')
  const params = { N: Number(n), r: Number(r), p: Number(p), keylen: expected.length }
  const actual = await derive(password, Buffer.from(salt, 'base64url'), params)
  return timingSafeEqual(actual, expected)
}

/** A hash of nothing, verified against when the login ID is unknown so timing does not reveal which IDs exist. */
export const DUMMY_HASH_PROMISE = hashPassword('not-a-real-password')
