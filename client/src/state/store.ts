import { create } from 'zustand'
import type { Channel, Outcome } from '../../../core/domain/request-fields'
import type { Language } from '../i18n/language'
import type { Period } from '../period/default-period'
import { DEFAULT_VIEW, MAX_SELECTION, type ClassificationMethod, type MapLayer, type MapPosition, type ViewState } from './view-state'

interface ViewActions {
  setLanguage: (language: Language) => void
  setCategory: (category: string) => void
  setLevel: (level: string) => void
  /** null: back to the last 12 months with data. */
  setPeriod: (period: Period | null) => void
  setOutcome: (outcome: Outcome | null) => void
  setChannel: (channel: Channel | null) => void
  setLayer: (layer: MapLayer) => void
  setServices: (shown: boolean) => void
  setClassification: (classification: ClassificationMethod) => void
  /** Replaces the selection (the first id is the open profile); duplicates dropped, at most MAX_SELECTION. */
  setSelection: (ids: readonly number[]) => void
  setPosition: (position: MapPosition | null) => void
  /** Replaces the whole view, e.g. when the user navigates back to another URL. */
  replaceView: (view: ViewState) => void
}

interface TransientState {
  /** The territory under the pointer (or keyboard focus): highlighted, never written to the URL. */
  hovered: number | null
  setHovered: (id: number | null) => void
}

export type ViewStore = ViewState & ViewActions & TransientState

/** Distinct ids in order, capped at MAX_SELECTION. */
function normalizeSelection(ids: readonly number[]): number[] {
  return [...new Set(ids)].slice(0, MAX_SELECTION)
}

/** The view state of the page; the URL mirrors it (see url-sync.ts), except `hovered`. */
export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  hovered: null,
  setLanguage: (language) => set({ language }),
  setCategory: (category) => set({ category }),
  setLevel: (level) => set({ level }),
  setPeriod: (period) => set({ period }),
  setOutcome: (outcome) => set({ outcome }),
  setChannel: (channel) => set({ channel }),
  setLayer: (layer) => set({ layer }),
  setServices: (services) => set({ services }),
  setClassification: (classification) => set({ classification }),
  setSelection: (ids) => set({ selection: normalizeSelection(ids) }),
  setHovered: (hovered) => set({ hovered }),
  setPosition: (position) => set({ position }),
  replaceView: (view) => set({ ...view, selection: normalizeSelection(view.selection) }),
}))

/** The URL-worthy part of the store. */
export function selectView(state: ViewStore): ViewState {
  return {
    language: state.language,
    category: state.category,
    level: state.level,
    period: state.period,
    outcome: state.outcome,
    channel: state.channel,
    layer: state.layer,
    services: state.services,
    classification: state.classification,
    selection: state.selection,
    position: state.position,
  }
}
