import type { Page } from 'playwright-core'

/**
 * What breaks a screen's layout, in words: the page scrolls sideways, or a piece of text is squeezed
 * to about one character a line (a word two or more characters long in a box narrower than two
 * characters and at least three lines tall). Empty when the screen holds.
 */
export async function layoutProblems(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = []
    const root = document.documentElement
    if (root.scrollWidth > root.clientWidth) {
      problems.push(`scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`)
    }
    const seen = new Set<string>()
    for (const element of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
      const text = Array.from(element.childNodes)
        .filter((node) => node.nodeType === Node.TEXT_NODE)
        .map((node) => node.textContent ?? '')
        .join('')
        .trim()
      if (text.length < 2) continue
      const style = getComputedStyle(element)
      if (style.display === 'none' || style.visibility === 'hidden') continue
      const rect = element.getBoundingClientRect()
      if (rect.width === 0) continue
      const size = Number.parseFloat(style.fontSize) || 16
      const line = Number.parseFloat(style.lineHeight) || size * 1.5
      if (rect.width < size * 2 && rect.height >= line * 2.5) {
        const key = `${element.tagName} ${text.slice(0, 20)}`
        if (!seen.has(key)) problems.push(`squeezed: ${key} (${Math.round(rect.width)} px wide)`)
        seen.add(key)
      }
    }
    return problems
  })
}

/**
 * Set the page's size and wait until the page has it: the resize reaches the page a moment after
 * Playwright asked for it, and a layout read before that measures the old size.
 */
export async function resizeTo(page: Page, size: { width: number; height: number }): Promise<void> {
  await page.setViewportSize(size)
  await page.waitForFunction(
    ({ width, height }) => window.innerWidth === width && window.innerHeight === height,
    size,
  )
}
