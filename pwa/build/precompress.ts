import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

const COMPRESSIBLE = /\.(js|mjs|css|html|svg|json|webmanifest)$/
/** Below this a compressed copy saves less than the extra request header costs. */
const MIN_BYTES = 1024

function* files(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) yield* files(path)
    else yield path
  }
}

/**
 * Writes `file.br` and `file.gz` beside every text asset once the build (and the service worker,
 * which vite-plugin-pwa writes in its own closeBundle) is done. The server sends them with
 * Content-Encoding and `Vary: Accept-Encoding`, so a tablet on a slow line downloads about a third of
 * the bytes, and nothing is compressed per request. Node's own zlib does it: no dependency.
 */
export function precompress(): Plugin {
  let outDir = 'dist'
  return {
    name: 'madoguchi-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir
    },
    closeBundle: {
      order: 'post',
      sequential: true,
      handler() {
        for (const path of files(outDir)) {
          if (!COMPRESSIBLE.test(path)) continue
          const bytes = readFileSync(path)
          if (bytes.length < MIN_BYTES) continue
          writeFileSync(`${path}.gz`, gzipSync(bytes, { level: 9 }))
          writeFileSync(
            `${path}.br`,
            brotliCompressSync(bytes, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: 11,
                [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
              },
            }),
          )
        }
      },
    },
  }
}
