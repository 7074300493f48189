import { createElement } from 'react'
import { renderToStaticMarkup } from 'react-dom/server'
import { describe, expect, it } from 'vitest'
import { Tabs } from './Tabs'
import { tabKeyTarget } from './tab-keys'

describe('tab keys (WAI-ARIA tabs pattern)', () => {
  it('Left and Right move to the neighbour and wrap at the ends', () => {
    expect(tabKeyTarget('ArrowRight', 0, 4)).toBe(1)
    expect(tabKeyTarget('ArrowRight', 3, 4)).toBe(0)
    expect(tabKeyTarget('ArrowLeft', 2, 4)).toBe(1)
    expect(tabKeyTarget('ArrowLeft', 0, 4)).toBe(3)
  })

  it('Home and End go to the first and last tab', () => {
    expect(tabKeyTarget('Home', 2, 4)).toBe(0)
    expect(tabKeyTarget('End', 1, 4)).toBe(3)
  })

  it('leaves every other key alone (Tab leaves the list; Up and Down are not for a horizontal list)', () => {
    for (const key of ['Tab', 'Enter', ' ', 'ArrowUp', 'ArrowDown', 'a']) {
      expect(tabKeyTarget(key, 1, 4)).toBeUndefined()
    }
    expect(tabKeyTarget('ArrowRight', 0, 0)).toBeUndefined()
  })
})

describe('Tabs markup', () => {
  const html = renderToStaticMarkup(
    createElement(
      Tabs<'month' | 'settings' | 'csv'>,
      {
        label: '窓口カレンダー',
        idPrefix: 'cal',
        tabs: [
          { id: 'month', label: '月', testId: 'tab-month' },
          { id: 'settings', label: '設定' },
          { id: 'csv', label: 'CSV' },
        ],
        selected: 'settings',
        onSelect: () => undefined,
      },
      createElement('p', null, 'panel'),
    ),
  )
  const tabs = [...html.matchAll(/<button[^>]*>/g)].map((m) => m[0])

  it('has one tab stop: only the selected tab is in the Tab order, and it alone is aria-selected', () => {
    expect(tabs).toHaveLength(3)
    expect(tabs.map((t) => /tabindex="(-?\d)"/.exec(t)?.[1])).toEqual(['-1', '0', '-1'])
    expect(tabs.map((t) => /aria-selected="(\w+)"/.exec(t)?.[1])).toEqual(['false', 'true', 'false'])
  })

  it('names the list, points every tab at the panel, and labels the panel by the selected tab', () => {
    expect(html).toContain('role="tablist" aria-label="窓口カレンダー" aria-orientation="horizontal"')
    for (const tab of tabs) expect(tab).toContain('aria-controls="cal-panel"')
    expect(html).toMatch(/id="cal-panel" role="tabpanel" aria-labelledby="cal-tab-settings"/)
    expect(tabs[0]).toContain('data-testid="tab-month"')
  })
})
