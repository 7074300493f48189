export * from './api/error'
export * from './auth/roles'
export * from './auth/schemas'
export * from './i18n'
