// One OS process of the booking race: it receives its share of requests, waits for the go signal so
// every process fires at once, sends them all concurrently over 127.0.0.1 and reports each answer.
process.on('message', async (message) => {
  if (message.type !== 'go') return
  const results = await Promise.all(
    message.requests.map(async ({ url, headers, body }) => {
      const started = performance.now()
      const res = await fetch(url, { method: 'POST', headers, body: JSON.stringify(body) })
      return { url, status: res.status, body: await res.json(), ms: performance.now() - started }
    }),
  )
  process.send({ type: 'done', pid: process.pid, results }, () => process.exit(0))
})
process.send({ type: 'ready' })
