import {
  BOOKABLE_STATUS,
  DEFAULT_STATUS_LABELS,
  formatApplicationFormId,
  formatDateEn,
  formatDateJa,
  type LocalDate,
  labelOf,
  parseBirthDate,
  type StatusApplication,
  type StatusLabel,
  type StatusLookup,
} from '@madoguchi/shared'
import { type FormEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { ApiRequestError } from '../../app/api'
import { useLang, useT } from '../../app/i18n'
import { navigate } from '../../app/navigation'
import { PATHS } from '../../app/router'
import { PageTitle } from '../../ui/PageTitle'
import { emptyPerson } from '../booking/person'
import { Crumbs } from '../Crumbs'
import { useKeyTable } from '../call/key-registry'
import { linkToCall, useCallWorkspace } from '../call/store'
import { statusApi } from './api'
import { STATUS_KEY_TABLE, type StatusCommands } from './keys'
import { boxHint, withStatusCategory } from './lookup'
import './status.css'
import { stampText } from '../../ui/dates'

type Found = { by: 'formId' | 'person'; applications: StatusApplication[] } | null

/**
 * 申請状況の確認 during a call (ux.md "The desk, during a phone call"): one box takes the 申請書ID as
 * the caller reads it out; the answer is in words the caller understands, with what happens next and
 * how long it takes. Where the card has reached the city, Alt+Y books the issuance for this person.
 */
export function StatusScreen() {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const [text, setText] = useState('')
  const [kana, setKana] = useState('')
  const [birthDate, setBirthDate] = useState('')
  const [found, setFound] = useState<Found>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const [labels, setLabels] = useState<readonly StatusLabel[]>(DEFAULT_STATUS_LABELS)
  const box = useRef<HTMLInputElement>(null)
  const kanaBox = useRef<HTMLInputElement>(null)
  const hint = boxHint(text)

  useEffect(() => {
    box.current?.focus()
    statusApi
      .labels()
      .then((l) => setLabels(l.labels))
      .catch(() => {}) // the defaults say the same in substance
  }, [])

  const search = useCallback(
    async (request: StatusLookup, by: 'formId' | 'person') => {
      setBusy(true)
      setError(null)
      try {
        const { applications } = await statusApi.lookup(request)
        setFound({ by, applications })
        // Selected, so the next ID read out types over it (and ? still opens the help).
        if (by === 'formId') box.current?.select()
        const call = useCallWorkspace.getState().call
        if (call) {
          for (const a of applications) linkToCall('status', a.id, 'looked_up', a.formId)
          useCallWorkspace.getState().patchLog({ categories: withStatusCategory(call.log.categories) })
        }
      } catch (e) {
        setFound(null)
        const field = e instanceof ApiRequestError ? Object.values(e.fields)[0]?.[0]?.message : undefined
        setError(
          field ?? (e instanceof ApiRequestError ? e.message || t('error.internal') : t('error.internal')),
        )
      } finally {
        setBusy(false)
      }
    },
    [t],
  )

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    if (!hint.ok) {
      setError(t(hint.key, hint.params))
      return
    }
    void search({ formId: text }, 'formId')
  }

  const bookable = found?.applications.find((a) => a.status === BOOKABLE_STATUS)
  const commands: StatusCommands = useMemo(
    () => ({
      focusBox: () => box.current?.focus(),
      focusPerson: () => kanaBox.current?.focus(),
      bookIssuance: () => {
        if (!bookable) return
        const state = useCallWorkspace.getState()
        state.dispatchFlow({ type: 'newBooking' })
        state.setPeople(() => [
          { ...emptyPerson(), kana: bookable.nameKana ?? '', birthDate: bookable.birthDate ?? '' },
        ])
        navigate(PATHS.deskBookings)
      },
    }),
    [bookable],
  )
  useKeyTable('status', STATUS_KEY_TABLE, commands)

  const date = (d: LocalDate) => (lang === 'ja' ? formatDateJa(d) : formatDateEn(d))

  return (
    <section className="screen desk-status" data-testid="status-screen" aria-labelledby="status-title">
      <Crumbs trail={[{ label: t('status.title'), path: PATHS.deskStatus }]} />
      <PageTitle id="status-title" title={t('status.title')} focus={false} />
      <form onSubmit={onSubmit} data-region="status">
        <label className="field-label" htmlFor="status-box">
          {t('status.box.label')} <kbd>Alt + J</kbd>
        </label>
        <div className="status-box-row">
          <input
            id="status-box"
            ref={box}
            className="field-input status-input"
            data-testid="status-box"
            value={text}
            inputMode="numeric"
            autoComplete="off"
            aria-describedby="status-box-hint"
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="button button-primary" disabled={busy}>
            {t('status.box.search')}
          </button>
        </div>
        <p id="status-box-hint" className={hint.ok ? 'hint ok' : 'hint'} data-testid="status-box-hint">
          {t(hint.key, hint.params)}
        </p>
      </form>
      <details className="status-person">
        <summary>
          {t('status.person.title')} <kbd>Alt + H</kbd>
        </summary>
        <form
          className="status-person-form"
          onSubmit={(e) => {
            e.preventDefault()
            void search({ kana, birthDate: (parseBirthDate(birthDate) ?? birthDate) as LocalDate }, 'person')
          }}
        >
          <label>
            {t('status.person.kana')}
            <input
              ref={kanaBox}
              className="field-input"
              data-testid="status-kana"
              value={kana}
              onChange={(e) => setKana(e.target.value)}
              onFocus={(e) => e.currentTarget.closest('details')?.setAttribute('open', '')}
            />
          </label>
          <label>
            {t('status.person.birthDate')}
            <input
              className="field-input"
              data-testid="status-birth"
              placeholder="1980-04-01"
              value={birthDate}
              onChange={(e) => setBirthDate(e.target.value)}
            />
          </label>
          <button type="submit" className="button" disabled={busy}>
            {t('status.person.search')}
          </button>
          <p className="muted">{t('status.person.note')}</p>
        </form>
      </details>
      {error && (
        <p className="form-alert" role="alert" data-testid="status-error">
          {error}
        </p>
      )}
      {found && found.applications.length === 0 && (
        <p className="notice" role="status" data-testid="status-none">
          {t(found.by === 'formId' ? 'status.none' : 'status.nonePerson')}
        </p>
      )}
      {found && found.applications.length > 1 && (
        <p role="status">{t('status.result.many', { count: found.applications.length })}</p>
      )}
      {found?.applications.map((a) => (
        <Result
          key={a.id}
          application={a}
          label={labelOf(labels, a.status)}
          labels={labels}
          date={date}
          onBook={commands.bookIssuance}
        />
      ))}
    </section>
  )
}

function Result({
  application: a,
  label,
  labels,
  date,
  onBook,
}: {
  application: StatusApplication
  label: StatusLabel
  labels: readonly StatusLabel[]
  date: (d: LocalDate) => string
  onBook: () => void
}) {
  const t = useT()
  const lang = useLang((s) => s.lang)
  const text = (l: { ja: string; en: string }) => (lang === 'en' && l.en ? l.en : l.ja)
  const details: [string, string | null][] = [
    [t('status.result.appliedOn'), a.appliedOn && date(a.appliedOn)],
    [t('status.result.method'), a.method],
    [t('status.result.kana'), a.nameKana],
    [t('status.result.birthDate'), a.birthDate && date(a.birthDate)],
    [t('status.result.noticeSentOn'), a.noticeSentOn && date(a.noticeSentOn)],
  ]
  return (
    <article
      className="panel status-result"
      data-testid="status-result"
      data-status={a.status}
      aria-live="polite"
    >
      <header className="status-result-head">
        <h2 className="status-label" data-testid="status-label">
          {text(label.label)}
        </h2>
        <span data-testid="status-date">{date(a.statusDate)}</span>
        <span className="muted">{formatApplicationFormId(a.formId)}</span>
      </header>
      <dl className="status-say">
        <dt>{t('status.result.caller')}</dt>
        <dd data-testid="status-caller">{text(label.caller)}</dd>
        <dt>{t('status.result.next')}</dt>
        <dd data-testid="status-next">{text(label.next)}</dd>
        <dt>{t('status.result.wait')}</dt>
        <dd data-testid="status-wait">{text(label.wait)}</dd>
      </dl>
      {a.status === BOOKABLE_STATUS && (
        <button type="button" className="button button-primary" data-testid="status-book" onClick={onBook}>
          {t('status.result.book')} <kbd>Alt + Y</kbd>
        </button>
      )}
      <dl className="status-details">
        {details
          .filter(([, v]) => v)
          .map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
      </dl>
      <h3 className="field-label">{t('status.result.history')}</h3>
      <ol className="status-history" data-testid="status-history">
        {a.history.map((h) => (
          <li key={`${h.statusDate}-${h.status}`}>
            {date(h.statusDate)} {text(labelOf(labels, h.status).label)}
          </li>
        ))}
      </ol>
      <p className="muted">{t('status.result.imported', { date: stampText(a.importedAt) })}</p>
    </article>
  )
}
