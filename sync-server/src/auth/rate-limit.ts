/**
 * Counts failures per key inside a sliding window. In memory on purpose: one server process is the
 * deployment, and a restart forgetting the counts is harmless next to the cost of a write per attempt.
 */
export class FailureCounter {
  private readonly failures = new Map<string, number[]>()

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  isBlocked(key: string, now: number): boolean {
    return this.recent(key, now).length >= this.limit
  }

  fail(key: string, now: number): void {
    this.failures.set(key, [...this.recent(key, now), now])
  }

  reset(key: string): void {
    this.failures.delete(key)
  }

  private recent(key: string, now: number): number[] {
    const list = (this.failures.get(key) ?? []).filter((t) => now - t < this.windowMs)
    if (list.length === 0) this.failures.delete(key)
    else this.failures.set(key, list)
    return list
  }
}
