export * from './records'
export * from './template'
