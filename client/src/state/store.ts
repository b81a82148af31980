import { create } from 'zustand'
import type { Language } from '../i18n/language'
import { DEFAULT_VIEW, type ViewState } from './view-state'

interface ViewActions {
  setLanguage: (language: Language) => void
  setCategory: (category: string) => void
  setLevel: (level: string) => void
  /** Replaces the whole view, e.g. when the user navigates back to another URL. */
  replaceView: (view: ViewState) => void
}

export type ViewStore = ViewState & ViewActions

/** The view state of the page; the URL mirrors it (see url-sync.ts). */
export const useViewStore = create<ViewStore>()((set) => ({
  ...DEFAULT_VIEW,
  setLanguage: (language) => set({ language }),
  setCategory: (category) => set({ category }),
  setLevel: (level) => set({ level }),
  replaceView: (view) => set(view),
}))

export function selectView(state: ViewStore): ViewState {
  return { language: state.language, category: state.category, level: state.level, period: state.period }
}
