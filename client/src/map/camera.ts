import { create } from 'zustand'

/** Where the map should move next: a box to fit, or a point and zoom. */
export type CameraTarget =
  | { bounds: [number, number, number, number] }
  | { center: [number, number]; zoom: number }

interface CameraStore {
  /** The latest request, with a sequence number so asking twice for the same place moves again. */
  request: { target: CameraTarget; seq: number } | null
  flyTo: (target: CameraTarget) => void
}

/** Requests to move the map from outside it (search, drill-down); MapView carries them out. */
export const useCamera = create<CameraStore>()((set, get) => ({
  request: null,
  flyTo: (target) => set({ request: { target, seq: (get().request?.seq ?? 0) + 1 } }),
}))
