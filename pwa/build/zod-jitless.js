// zod compiles fast object parsers with `new Function`, and first probes whether it may by calling
// `Function('')`. Our Content-Security-Policy has no 'unsafe-eval', so the probe was reported as a
// violation on every page (a best-practices failure, and console noise that hides real problems).
// Jitless parsing is fast enough for the device's schemas.
//
// zod decides as each schema is built, and the bundler evaluates the chunk holding zod and our
// schemas before the entry's own code, so `z.config()` in main.tsx comes too late (and a second
// module entry is merged into the first). This plain script sets the global zod reads its
// configuration from (zod/v4/core: `globalThis.__zod_globalConfig`) before any module runs:
// build/zod-jitless.ts puts it first in <head> with `defer`, and deferred scripts and module scripts
// run in document order once the page is parsed, so it neither blocks rendering nor comes too late.
globalThis.__zod_globalConfig = Object.assign(globalThis.__zod_globalConfig || {}, { jitless: true })
