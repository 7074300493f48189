export * from './protocol'
export * from './review'
