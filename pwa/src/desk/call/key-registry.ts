import { useEffect } from 'react'
import { create } from 'zustand'
import { type BoundKey, bindKeys, contextOf, findKey, type KeyTable, keyOf } from './keys'

/**
 * The key tables on screen now, by panel name, in the order they joined. The desk frame (above every
 * desk screen) reads them for its one key handler and its one `?` help; a panel contributes its table
 * while it is mounted, with its own commands bound, and takes it away when it leaves.
 */
interface KeyRegistry {
  tables: readonly { name: string; keys: readonly BoundKey[] }[]
  put(name: string, keys: readonly BoundKey[]): void
  drop(name: string): void
}

export const useKeyRegistry = create<KeyRegistry>((set) => ({
  tables: [],
  put: (name, keys) =>
    set((state) => {
      const at = state.tables.findIndex((t) => t.name === name)
      if (at === -1) return { tables: [...state.tables, { name, keys }] }
      const tables = [...state.tables]
      tables[at] = { name, keys }
      return { tables }
    }),
  drop: (name) => set((state) => ({ tables: state.tables.filter((t) => t.name !== name) })),
}))

/** Every key on screen, the desk's own table first. */
export function allKeys(): BoundKey[] {
  return useKeyRegistry.getState().tables.flatMap((t) => t.keys)
}

/**
 * Contribute a panel's key table for as long as the panel is mounted. `commands` should be memoised:
 * the table is bound again whenever it changes, so a key always runs the panel's current command.
 */
export function useKeyTable<C>(name: string, table: KeyTable<C>, commands: C): void {
  useEffect(() => {
    useKeyRegistry.getState().put(name, bindKeys(table, commands))
  }, [name, table, commands])
  useEffect(() => () => useKeyRegistry.getState().drop(name), [name])
}

/**
 * The desk's one key handler, on the document rather than a panel: a key still works when focus has
 * fallen to <body>. Mounted once, by the desk frame.
 */
export function useDeskKeyHandler(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing || event.keyCode === 229) return // IME converting
      const row = findKey(allKeys(), keyOf(event), contextOf(event))
      if (!row) return
      event.preventDefault()
      row.run()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
