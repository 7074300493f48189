export * from './inventory'
