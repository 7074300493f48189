import { type KeyboardEvent, type ReactNode, useRef } from 'react'
import { tabKeyTarget } from './tab-keys'

export interface TabItem<T extends string> {
  id: T
  label: string
  testId?: string
}

type Props<T extends string> = {
  /** Names the list for screen readers (e.g. the screen's title). */
  label: string
  /** Prefix of the element ids: tabs are `<idPrefix>-tab-<id>`, the panel `<idPrefix>-panel`. */
  idPrefix: string
  tabs: readonly TabItem<T>[]
  selected: T
  onSelect: (id: T) => void
  /** An extra class for the list, for a screen's own rules (e.g. leaving the tabs off paper); the
   *  look is ui/tabs.css, the same for every screen. */
  listClassName?: string
  /** The selected tab's content. */
  children?: ReactNode
}

/**
 * Tabs as the WAI-ARIA pattern has them: one tab stop for the whole list (roving tabindex: only the
 * selected tab is in the Tab order), arrow keys, Home and End move between tabs and select as they
 * go (the panels are already on the page, so following focus costs nothing), `aria-selected` on the
 * chosen tab, and every tab `aria-controls` the one panel, which is labelled by the selected tab.
 */
export function Tabs<T extends string>(props: Props<T>) {
  const { label, idPrefix, tabs, selected, onSelect, listClassName, children } = props
  const buttons = useRef(new Map<T, HTMLButtonElement>())
  const panelId = `${idPrefix}-panel`
  const tabId = (id: T) => `${idPrefix}-tab-${id}`

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const target = tabKeyTarget(event.key, index, tabs.length)
    const next = target === undefined ? undefined : tabs[target]
    if (!next) return
    event.preventDefault()
    onSelect(next.id)
    buttons.current.get(next.id)?.focus()
  }

  return (
    <>
      <div
        className={listClassName ? `tabs ${listClassName}` : 'tabs'}
        role="tablist"
        aria-label={label}
        aria-orientation="horizontal"
      >
        {tabs.map((tab, index) => (
          <button
            key={tab.id}
            ref={(element) => {
              if (element) buttons.current.set(tab.id, element)
              else buttons.current.delete(tab.id)
            }}
            type="button"
            role="tab"
            id={tabId(tab.id)}
            className="tab"
            aria-selected={tab.id === selected}
            aria-controls={panelId}
            tabIndex={tab.id === selected ? 0 : -1}
            data-testid={tab.testId}
            onClick={() => onSelect(tab.id)}
            onKeyDown={(event) => onKeyDown(event, index)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div id={panelId} role="tabpanel" aria-labelledby={tabId(selected)}>
        {children}
      </div>
    </>
  )
}
