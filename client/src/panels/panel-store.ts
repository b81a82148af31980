import { create } from 'zustand'
import type { PanelTab } from './messages'

interface PanelState {
  /** Territory ids the finder matched: outlined on the map (finder/highlight-layer.ts). */
  highlighted: number[]
  setHighlighted: (ids: readonly number[]) => void
  tab: PanelTab
  setTab: (tab: PanelTab) => void
  /** False: the dock shows its tabs only, leaving the map clear. */
  open: boolean
  setOpen: (open: boolean) => void
  /** Presentation mode: full screen, large type, saved views stepped through with the arrows. */
  presenting: boolean
  setPresenting: (presenting: boolean) => void
}

/** State of the panels that is not part of a shareable view (so not in the URL). */
export const usePanelStore = create<PanelState>()((set) => ({
  highlighted: [],
  setHighlighted: (ids) => set({ highlighted: [...ids] }),
  tab: 'ranking',
  setTab: (tab) => set({ tab }),
  open: false,
  setOpen: (open) => set({ open }),
  presenting: false,
  setPresenting: (presenting) => set({ presenting }),
}))
