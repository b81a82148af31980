import { useEffect, useState } from 'react'
import type * as DeckLayers from './deck-layers'

export type DeckModule = typeof DeckLayers

let loading: Promise<DeckModule> | null = null

/** deck.gl and the map's own layer factories, imported once whoever asks first. */
export function loadDeck(): Promise<DeckModule> {
  loading ??= import('./deck-layers').catch((error: unknown) => {
    // A failed chunk (network hiccup) is asked for again by the next caller.
    loading = null
    throw error
  })
  return loading
}

/** The deck.gl module once `wanted` has been true and it has loaded; null before. */
export function useDeck(wanted: boolean): DeckModule | null {
  const [deck, setDeck] = useState<DeckModule | null>(null)
  useEffect(() => {
    if (!wanted || deck) return
    let cancelled = false
    loadDeck().then(
      (module) => {
        if (!cancelled) setDeck(() => module)
      },
      (error: unknown) => console.error('deck.gl could not be loaded', error),
    )
    return () => {
      cancelled = true
    }
  }, [wanted, deck])
  return deck
}
