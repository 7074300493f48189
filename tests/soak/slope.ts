/**
 * The Theil–Sen slope: the median of the slopes between every pair of points (x = index). One noisy
 * window (another process took the CPU, a garbage collection) moves it little, where least squares
 * would follow the outlier; a steady climb moves it fully.
 */
export function theilSen(values: number[]): number {
  const slopes: number[] = []
  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++)
      slopes.push(((values[j] as number) - (values[i] as number)) / (j - i))
  }
  if (!slopes.length) return 0
  slopes.sort((a, b) => a - b)
  const mid = slopes.length / 2
  return slopes.length % 2
    ? (slopes[Math.floor(mid)] as number)
    : ((slopes[mid - 1] as number) + (slopes[mid] as number)) / 2
}
