/**
 * The records open on screen now, so the purge leaves them until the screen closes: a visitor the
 * server confirmed must not vanish while staff are still looking at it. In memory only (a reload or
 * the lock closes every screen), counted so two holders of the same id release independently.
 */
const held = new Map<string, number>()

/** Hold a record open; call the returned function when its screen closes. */
export function holdOnScreen(id: string): () => void {
  held.set(id, (held.get(id) ?? 0) + 1)
  let released = false
  return () => {
    if (released) return
    released = true
    const left = (held.get(id) ?? 1) - 1
    if (left > 0) held.set(id, left)
    else held.delete(id)
  }
}

/** The ids open on screen, as the purge reads them. */
export function onScreen(): ReadonlySet<string> {
  return new Set(held.keys())
}
