// Walk every desk screen as every desk role, in Japanese and English, at the desk and tablet sizes,
// saving a screenshot of each under tests/artifacts/walk and printing what a reviewer should look at:
// horizontal scroll, and text squeezed to one character a line. For looking, not a test (the browser
// test desk-layout.test.ts checks the scroll):
//   node --import tsx tests/scripts/desk-walk.ts [role,…] [width,…]
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { newProfileDir, openBrowser } from '../support/browser'
import { DESK_SCREENS, DESK_SIZES, signInAtDesk } from '../support/desk'
import { layoutProblems } from '../support/layout'
import { ROOT, startServer } from '../support/server'

const ROLES = (process.argv[2] ?? 'operator,supervisor,city,admin').split(',')
const SIZES = DESK_SIZES.filter(
  (size) => !process.argv[3] || process.argv[3].split(',').includes(String(size.width)),
)
const LANGS = (process.env.WALK_LANGS ?? 'ja,en').split(',')
const SCREENS = process.env.WALK_SCREENS ? process.env.WALK_SCREENS.split(',') : DESK_SCREENS

const server = await startServer({ env: { MADOGUCHI_DEMO_BOOKINGS: '1' } })
const out = join(ROOT, 'tests/artifacts/walk')
mkdirSync(out, { recursive: true })
try {
  for (const role of ROLES) {
    for (const lang of LANGS) {
      const context = await openBrowser(newProfileDir(), { viewport: SIZES[0] })
      await context.addInitScript((l) => localStorage.setItem('madoguchi.lang', l), lang)
      const page = context.pages()[0] ?? (await context.newPage())
      await signInAtDesk(page, server.url, role, `demo-${role}`)
      for (const size of SIZES) {
        await page.setViewportSize(size)
        for (const screen of SCREENS) {
          await page.goto(`${server.url}${screen}`)
          await page.waitForLoadState('networkidle', { timeout: 4000 }).catch(() => undefined)
          await page.waitForTimeout(300)
          if (new URL(page.url()).pathname !== screen) continue // not this role's screen
          const name = `${role}-${lang}-${size.width}${screen.replaceAll('/', '_')}`
          await page.screenshot({ path: join(out, `${name}.png`), fullPage: true })
          const problems = await layoutProblems(page)
          if (problems.length > 0) console.log(`${name}\n  ${problems.join('\n  ')}`)
        }
      }
      await context.close()
    }
  }
} finally {
  await server.stop()
}
