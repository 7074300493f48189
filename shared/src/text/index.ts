export * from './form-id'
export * from './formats'
export * from './safe-text'
