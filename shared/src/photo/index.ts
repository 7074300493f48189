export * from './checks'
export * from './metrics'
export * from './rules'
