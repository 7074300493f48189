import { newId } from '@madoguchi/shared'
import { create } from 'zustand'
import { createJSONStorage, persist } from 'zustand/middleware'
import { type FlowAction, type FlowState, flowReducer, initialFlow } from '../booking/flow'
import { emptyPerson, type PersonDraft } from '../booking/person'

/**
 * The call is the desk's unit (issue #10): one phone call's workspace, kept in a store above the
 * screens so it survives moving between booking, FAQ, status lookup and the call log. Screens read the
 * slices they need and change them through the actions here; nothing of a call lives in a screen.
 *
 * Only the open call itself (`call`) is kept on the device (localStorage), so a call open when the
 * browser closes or the network drops is not lost; it is cleared the moment the call is saved or
 * discarded. The booking workspace is not kept: a hold expires within minutes anyway.
 */

/** What a panel links to the open call: a booking it touched, an FAQ entry used, a status looked up. */
export type CallLinkKind = 'booking' | 'faq' | 'status'
export type CallLinkAction = 'booked' | 'moved' | 'cancelled' | 'used' | 'looked_up'

export interface CallLink {
  kind: CallLinkKind
  id: string
  action: CallLinkAction
  /** What the operator reads it by (a booking reference, an FAQ number): never personal data. */
  ref?: string
  /** When (UTC ISO) it happened during the call. */
  at: string
}

/** The call log's fields as the operator fills them in; the call log panel owns their meaning. */
export interface CallLogDraft {
  categories: string[]
  summary: string
  outcome: string | null
  /** Outcome-specific details (escalation, call-back, complaint), as typed so far. */
  details: Record<string, string>
}

export interface OpenCall {
  /** Made on the desk (or by the incoming-call event): the call log's id on the server too. */
  id: string
  /** The staff member who took it; a call kept on a shared PC is offered back to them only. */
  userId: string
  source: 'hand' | 'cti'
  /** When the operator took the call (UTC ISO): the talk-time timer runs from here. */
  answeredAt: string
  /** Known when the telephone service said who calls (CTI); typed by the operator otherwise. */
  callerPhone: string | null
  line: string | null
  links: CallLink[]
  log: CallLogDraft
  /** Set when the operator pressed "end": the timer stops there while the log is finished. */
  endedAt: string | null
}

export interface StartCall {
  userId: string
  id?: string
  source?: OpenCall['source']
  answeredAt?: string
  callerPhone?: string | null
  line?: string | null
}

export interface CallWorkspace {
  call: OpenCall | null
  /** The booking panel's flow (see booking/flow.ts), its find box and its person form. */
  flow: FlowState
  findQuery: string
  people: PersonDraft[]
  /** The `?` help, over whichever screen is open. */
  help: boolean

  startCall(start: StartCall): OpenCall
  /** Link something to the open call; nothing happens without one. The same link is kept once. */
  link(link: Omit<CallLink, 'at'>, at?: Date): void
  patchLog(patch: Partial<CallLogDraft>): void
  endTimer(at?: Date): void
  /** The call was saved or discarded: forget it and start the next call's workspace afresh. */
  finishCall(): void
  dispatchFlow(action: FlowAction): void
  setFindQuery(query: string): void
  setPeople(update: (people: PersonDraft[]) => PersonDraft[]): void
  setHelp(shown: boolean | ((shown: boolean) => boolean)): void
}

export const EMPTY_LOG: CallLogDraft = { categories: [], summary: '', outcome: null, details: {} }

const freshWorkspace = () => ({
  flow: initialFlow,
  findQuery: '',
  people: [emptyPerson()],
})

export const CALL_STORAGE_KEY = 'madoguchi.desk.call'

export const useCallWorkspace = create<CallWorkspace>()(
  persist(
    (set, get) => ({
      call: null,
      ...freshWorkspace(),
      help: false,

      startCall: (start) => {
        const existing = get().call
        if (existing) return existing
        const call: OpenCall = {
          id: start.id ?? newId(),
          userId: start.userId,
          source: start.source ?? 'hand',
          answeredAt: start.answeredAt ?? new Date().toISOString(),
          callerPhone: start.callerPhone ?? null,
          line: start.line ?? null,
          links: [],
          log: EMPTY_LOG,
          endedAt: null,
        }
        set({ call })
        return call
      },
      link: (link, at = new Date()) =>
        set((state) => {
          if (!state.call) return state
          const same = state.call.links.some(
            (l) => l.kind === link.kind && l.id === link.id && l.action === link.action,
          )
          if (same) return state
          return { call: { ...state.call, links: [...state.call.links, { ...link, at: at.toISOString() }] } }
        }),
      patchLog: (patch) =>
        set((state) =>
          state.call ? { call: { ...state.call, log: { ...state.call.log, ...patch } } } : state,
        ),
      endTimer: (at = new Date()) =>
        set((state) =>
          state.call && !state.call.endedAt ? { call: { ...state.call, endedAt: at.toISOString() } } : state,
        ),
      finishCall: () => set({ call: null, ...freshWorkspace() }),
      dispatchFlow: (action) => set((state) => ({ flow: flowReducer(state.flow, action) })),
      setFindQuery: (findQuery) => set({ findQuery }),
      setPeople: (update) => set((state) => ({ people: update(state.people) })),
      setHelp: (shown) => set((state) => ({ help: typeof shown === 'function' ? shown(state.help) : shown })),
    }),
    {
      name: CALL_STORAGE_KEY,
      version: 1,
      storage: createJSONStorage(() => localStorage),
      // Only the open call: what it needs to be finished or discarded on return, nothing more.
      partialize: (state) => ({ call: state.call }),
    },
  ),
)

/**
 * The small API other panels call to link themselves to the open call (a booking booked, moved or
 * cancelled; an FAQ entry used; an application status looked up). Without an open call it does nothing.
 */
export function linkToCall(kind: CallLinkKind, id: string, action: CallLinkAction, ref?: string): void {
  useCallWorkspace.getState().link(ref === undefined ? { kind, id, action } : { kind, id, action, ref })
}

/** Whether something is already linked to the open call (an FAQ entry's "used in this call"). */
export function useLinkedToCall(kind: CallLinkKind, id: string): boolean {
  return useCallWorkspace((state) => state.call?.links.some((l) => l.kind === kind && l.id === id) ?? false)
}

/** Seconds of talk from the timer: from taking the call to ending it (or now, while it runs). */
export function talkSecondsOf(call: Pick<OpenCall, 'answeredAt' | 'endedAt'>, now: number): number {
  const end = call.endedAt ? Date.parse(call.endedAt) : now
  return Math.max(0, Math.round((end - Date.parse(call.answeredAt)) / 1000))
}
