import {
  type MessageKey,
  newId,
  PROPOSAL_STATUSES,
  type Proposal,
  type ProposalStatus,
  tokyoDate,
} from '@madoguchi/shared'
import { useEffect, useState } from 'react'
import { errorText } from '../../app/errors'
import { useT } from '../../app/i18n'
import { reportsApi } from './api'

type Draft = {
  id: string
  title: string
  content: string
  proposer: string
  status: ProposalStatus
  proposedOn: string
  decidedOn: string
  doneOn: string
  effect: string
  expectedVersion: number
}

const blank = (): Draft => ({
  id: newId(),
  title: '',
  content: '',
  proposer: '',
  status: 'proposed',
  proposedOn: tokyoDate(new Date()),
  decidedOn: '',
  doneOn: '',
  effect: '',
  expectedVersion: 0,
})

const draftOf = (p: Proposal): Draft => ({
  ...p,
  decidedOn: p.decidedOn ?? '',
  doneOn: p.doneOn ?? '',
  expectedVersion: p.version,
})

/** The improvement proposals register (改善提案): add one, move it through its statuses. */
export function ProposalsPanel({ onSaved }: { onSaved: () => void }) {
  const t = useT()
  const [list, setList] = useState<Proposal[]>([])
  const [draft, setDraft] = useState<Draft | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const load = () =>
    reportsApi
      .proposals()
      .then((r) => setList(r.proposals))
      .catch((e) => setProblem(errorText(t, e)))
  // biome-ignore lint/correctness/useExhaustiveDependencies: once on open
  useEffect(() => void load(), [])
  const save = (d: Draft) =>
    reportsApi
      .saveProposal({
        ...d,
        decidedOn: (d.decidedOn || null) as never,
        doneOn: (d.doneOn || null) as never,
        proposedOn: d.proposedOn as never,
      })
      .then(() => {
        setDraft(null)
        setProblem(null)
        void load()
        onSaved()
      })
      .catch((e) => setProblem(errorText(t, e)))
  const field = (key: keyof Draft, label: MessageKey, type = 'text') => {
    if (!draft) return null
    const props = {
      id: `proposal-${key}`,
      value: String(draft[key]),
      'data-testid': `proposal-${key}`,
      onChange: (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value }),
    }
    return (
      <div className="rp-field">
        <label htmlFor={props.id}>{t(label)}</label>
        {key === 'content' || key === 'effect' ? (
          <textarea className="field-input" {...props} />
        ) : (
          <input className="field-input" type={type} {...props} />
        )}
      </div>
    )
  }
  return (
    <section className="rp-panel" aria-labelledby="rp-proposals-edit" data-testid="proposals-panel">
      <h2 id="rp-proposals-edit">{t('reports.section.proposals')}</h2>
      <ul>
        {list.map((p) => (
          <li key={p.id}>
            {p.proposedOn} {p.title}（{t(`reports.proposalStatus.${p.status}` as MessageKey)}）{' '}
            <button type="button" className="link-button" onClick={() => setDraft(draftOf(p))}>
              {t('reports.proposal.edit')}
            </button>
          </li>
        ))}
      </ul>
      {draft ? (
        <form
          onSubmit={(e) => {
            e.preventDefault()
            void save(draft)
          }}
        >
          {field('title', 'reports.proposal.title')}
          {field('content', 'reports.proposal.content')}
          {field('proposer', 'reports.proposal.proposer')}
          <label className="rp-field">
            {t('reports.proposal.status')}
            <select
              className="field-input"
              value={draft.status}
              onChange={(e) => setDraft({ ...draft, status: e.target.value as ProposalStatus })}
              data-testid="proposal-status"
            >
              {PROPOSAL_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`reports.proposalStatus.${s}` as MessageKey)}
                </option>
              ))}
            </select>
          </label>
          {field('proposedOn', 'reports.proposal.proposedOn', 'date')}
          {field('decidedOn', 'reports.proposal.decidedOn', 'date')}
          {field('doneOn', 'reports.proposal.doneOn', 'date')}
          {field('effect', 'reports.proposal.effect')}
          <button type="submit" className="button" data-testid="proposal-save">
            {t('reports.proposal.save')}
          </button>
          <button type="button" className="button" onClick={() => setDraft(null)}>
            {t('reports.proposal.cancel')}
          </button>
        </form>
      ) : (
        <button type="button" className="button" onClick={() => setDraft(blank())} data-testid="proposal-new">
          {t('reports.proposal.new')}
        </button>
      )}
      {problem && <p role="alert">{problem}</p>}
    </section>
  )
}
