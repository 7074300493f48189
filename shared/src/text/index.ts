export * from './formats'
export * from './safe-text'
