/**
 * The keys of a horizontal tab list (WAI-ARIA Authoring Practices, "Tabs"): Left and Right move to
 * the previous and next tab, wrapping at the ends; Home and End go to the first and last. Returns the
 * index to move to, or undefined for any other key (Tab then leaves the list as usual).
 */
export function tabKeyTarget(key: string, index: number, count: number): number | undefined {
  if (count === 0) return undefined
  switch (key) {
    case 'ArrowRight':
      return (index + 1) % count
    case 'ArrowLeft':
      return (index - 1 + count) % count
    case 'Home':
      return 0
    case 'End':
      return count - 1
    default:
      return undefined
  }
}
