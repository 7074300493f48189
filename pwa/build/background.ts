import type { OutputBundle } from 'rolldown'
import type { Plugin } from 'vite'

/**
 * Modules the app loads in the background once the first screen is painted (src/app/main.tsx,
 * src/outreach/OutreachHome.tsx): the sync engine, the purge timer and the work behind the lock.
 */
export const BACKGROUND_MODULES = [
  'src/sync/start.ts',
  'src/sync/purge-timer.ts',
  'src/outreach/Workspace.tsx',
]

/**
 * Vite's preload helper adds a `<link rel="modulepreload">` for every chunk a dynamic import needs, in
 * the task that starts the import. For the background modules that is 20 links in the task right after
 * the lock screen's paint: 80–90 ms of main thread at 4× CPU in Lighthouse's traces, where the person
 * waiting types their PIN. Their imports go without it: the browser fetches what each chunk imports
 * once the chunk arrives, one round trip later, for code no screen is waiting for. Stylesheets are not
 * listed to `resolveDependencies` and are still added, since the workspace needs them when it shows.
 *
 * The plugin records the chunks' file names (a 'pre' plugin's generateBundle runs before Vite's own,
 * which asks `resolveDependencies`), and fails the build if no chunk holds a listed module, so
 * a rename cannot silently bring the links back.
 */
export function backgroundImports(): {
  plugin: Plugin
  resolveDependencies: (fileName: string, deps: string[]) => string[]
} {
  let background: Set<string> | null = null
  return {
    plugin: {
      name: 'madoguchi-background-imports',
      apply: 'build',
      enforce: 'pre',
      generateBundle(_options, bundle) {
        const chunks = Object.values(bundle as OutputBundle).filter((file) => file.type === 'chunk')
        background = new Set(
          BACKGROUND_MODULES.map((module) => {
            const id = (path: string | null) => path?.replaceAll('\\', '/').endsWith(module)
            // Its own chunk, or the shared chunk it landed in when something else imports it statically.
            const chunk = chunks.find((c) => id(c.facadeModuleId)) ?? chunks.find((c) => c.moduleIds.some(id))
            if (!chunk) throw new Error(`background-imports: no chunk holds ${module}`)
            return chunk.fileName
          }),
        )
      },
    },
    resolveDependencies(fileName, deps) {
      if (!background) throw new Error('background-imports: asked for preloads before the bundle was seen')
      return background.has(fileName) ? [] : deps
    },
  }
}
