export * from './checks'
export * from './jpeg'
export * from './metrics'
export * from './rules'
