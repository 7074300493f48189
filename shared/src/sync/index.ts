export * from './device-audit'
export * from './protocol'
export * from './reference'
export * from './review'
