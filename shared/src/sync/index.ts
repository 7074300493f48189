export * from './device-audit'
export * from './protocol'
export * from './review'
