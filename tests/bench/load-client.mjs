// The load generator of `npm run bench:booking`, in its own process so it does not share the
// server's event loop: N concurrent keep-alive clients over 127.0.0.1, each sending its next
// request as soon as the last one is answered. Latencies are recorded after the warm-up only.
import { randomUUID } from 'node:crypto'
import http from 'node:http'

const PERSON = {
  type: 'other',
  name: '負荷 試験',
  kana: 'フカ シケン',
  birthDate: '1985-06-15',
  phone: '0312345678',
  proxy: false,
}

function requestOf(job, seq) {
  if (job.kind === 'baseline') {
    return { method: 'POST', path: '/bench/baseline', body: { seq, note: 'baseline insert' } }
  }
  if (job.kind === 'checked') {
    return { method: 'POST', path: '/bench/check-and-insert', body: { seq, slot: (seq * 7919) % 2000 } }
  }
  if (job.kind === 'booking') {
    const slot = job.slots[(seq * 7919) % job.slots.length]
    return {
      method: 'POST',
      path: '/api/bookings',
      // The key must be a UUID (#11.2's strict id formats): a made-up string is refused with 422.
      body: { idempotencyKey: randomUUID(), ...slot, people: [PERSON] },
    }
  }
  return { method: 'GET', path: job.path }
}

function send(agent, job, { method, path, body }) {
  return new Promise((resolve, reject) => {
    const payload = body === undefined ? undefined : JSON.stringify(body)
    const req = http.request(
      {
        agent,
        host: '127.0.0.1',
        port: job.port,
        method,
        path,
        headers: {
          ...job.headers,
          ...(payload
            ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }
            : {}),
        },
      },
      (res) => {
        res.resume()
        res.on('end', () => resolve(res.statusCode))
      },
    )
    req.on('error', reject)
    req.end(payload)
  })
}

const percentile = (sorted, p) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

async function run(job) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.concurrency })
  const cpu = process.cpuUsage()
  const started = performance.now()
  const measureFrom = started + job.warmupMs
  const end = measureFrom + job.measureMs
  const latencies = []
  const statuses = {}
  let seq = 0
  async function client() {
    while (performance.now() < end) {
      const request = requestOf(job, seq++)
      const t0 = performance.now()
      const status = await send(agent, job, request)
      const t1 = performance.now()
      if (t0 >= measureFrom && t1 <= end) {
        latencies.push(t1 - t0)
        statuses[status] = (statuses[status] ?? 0) + 1
      }
    }
  }
  await Promise.all(Array.from({ length: job.concurrency }, client))
  const used = process.cpuUsage(cpu)
  const elapsed = performance.now() - started
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return {
    kind: job.kind,
    requests: latencies.length,
    sent: seq,
    rps: latencies.length / (job.measureMs / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    max: latencies.at(-1) ?? 0,
    statuses,
    // The load generator's own CPU, per request and as cores busy: with the server's, what the
    // machine's two cores are spent on.
    clientCpuUs: (used.user + used.system) / Math.max(1, seq),
    clientCores: (used.user + used.system) / 1000 / elapsed,
  }
}

process.on('message', async (job) => {
  process.send(await run(job))
})
