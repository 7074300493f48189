import type { LocalDate, MessageKey } from '@madoguchi/shared'
import { useEffect, useRef } from 'react'
import { useT } from '../../../app/i18n'
import { type DayCell, fill, type MonthGrid as Grid, moveSelection } from './month-grid'

const WEEKDAYS = [0, 1, 2, 3, 4, 5, 6].map((d) => `desk.calendar.wd.${d}` as MessageKey)

type Props = {
  grid: Grid
  selected: LocalDate
  today: LocalDate
  onSelect: (date: LocalDate) => void
  /** Set when the arrows moved the selection, so focus follows it. */
  focusSelected: boolean
  onKeyMove: (date: LocalDate) => void
}

/**
 * The month as a table of days from Sunday. One day is selected (its slots show beside the grid);
 * the arrows walk the days and PageUp/PageDown the months, and focus follows the selection.
 */
export function MonthGrid({ grid, selected, today, onSelect, focusSelected, onKeyMove }: Props) {
  const t = useT()
  const table = useRef<HTMLTableElement>(null)

  useEffect(() => {
    if (!focusSelected || grid.length === 0) return
    table.current?.querySelector<HTMLButtonElement>(`button[data-date="${selected}"]`)?.focus()
  }, [focusSelected, selected, grid])

  return (
    <table
      ref={table}
      className="cal-grid"
      data-testid="month-grid"
      onKeyDown={(event) => {
        if (event.altKey || event.ctrlKey || event.metaKey) return
        const next = moveSelection(selected, event.key)
        if (!next) return
        event.preventDefault()
        onKeyMove(next)
      }}
    >
      <thead>
        <tr>
          {WEEKDAYS.map((key, d) => (
            <th key={key} scope="col" className={d === 0 ? 'cal-sun' : d === 6 ? 'cal-sat' : undefined}>
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {grid.map((week) => (
          <tr key={week.find((c) => c)?.date}>
            {week.map((cell, i) =>
              cell ? (
                <td key={cell.date}>
                  <DayButton
                    cell={cell}
                    selected={cell.date === selected}
                    today={cell.date === today}
                    onSelect={onSelect}
                  />
                </td>
              ) : (
                // biome-ignore lint/suspicious/noArrayIndexKey: empty cells before the 1st and after the last
                <td key={i} />
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function DayButton(props: {
  cell: DayCell
  selected: boolean
  today: boolean
  onSelect: (d: LocalDate) => void
}) {
  const t = useT()
  const { cell, selected, today } = props
  const state = cell.open ? (cell.extra ? 'extra' : 'open') : 'closed'
  return (
    <button
      type="button"
      className={`cal-day cal-${state}${selected ? ' is-selected' : ''}`}
      data-date={cell.date}
      data-state={state}
      aria-pressed={selected}
      aria-current={today ? 'date' : undefined}
      tabIndex={selected ? 0 : -1}
      onClick={() => props.onSelect(cell.date)}
    >
      <span className="cal-daynum">{cell.day}</span>
      {cell.open ? (
        <>
          {cell.extra && <span className="cal-tag">{t('desk.calendar.extraOpening')}</span>}
          <span>{t('desk.calendar.used', { used: cell.used, capacity: cell.capacity })}</span>
          <span className="cal-bar" aria-hidden="true">
            <span style={{ width: `${Math.round(fill(cell) * 100)}%` }} />
          </span>
        </>
      ) : (
        <span className="cal-reason">{t(`desk.calendar.closed.${cell.closed ?? 'weekday'}`)}</span>
      )}
      {cell.note && <span className="cal-note">{cell.note}</span>}
    </button>
  )
}
