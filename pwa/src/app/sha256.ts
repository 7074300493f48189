/** Bytes as lower-case hex: the form hashes travel in (sync protocol, photo store) and a PIN is kept in. */
export function hexOf(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (b) =>
    b.toString(16).padStart(2, '0'),
  ).join('')
}

/** SHA-256 of bytes or a blob, as hex (WebCrypto: the same digest the server checks with Node's). */
export async function sha256Hex(data: BufferSource | Blob): Promise<string> {
  const bytes = data instanceof Blob ? await data.arrayBuffer() : data
  return hexOf(await crypto.subtle.digest('SHA-256', bytes))
}
