// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { Header } from '../../../client/src/header/Header'
import { MESSAGES } from '../../../client/src/i18n/messages'

afterEach(cleanup)

const options = [
  { id: 'all', label: 'Toutes les catégories' },
  { id: 'food', label: 'Alimentation' },
]

function renderHeader(category = 'all') {
  const onCategoryChange = vi.fn()
  const onLanguageChange = vi.fn()
  render(
    <Header
      messages={MESSAGES.fr}
      language="fr"
      category={category}
      categoryOptions={options}
      onCategoryChange={onCategoryChange}
      onLanguageChange={onLanguageChange}
    />,
  )
  return { onCategoryChange, onLanguageChange }
}

describe('Header', () => {
  it('names the app', () => {
    renderHeader()
    expect(screen.getByRole('heading', { level: 1, name: 'Lacunes' })).toBeTruthy()
  })

  it('has a labelled category select that reports changes', () => {
    const { onCategoryChange } = renderHeader()
    const select = screen.getByRole('combobox', { name: 'Catégorie de besoin' }) as HTMLSelectElement
    expect(select.value).toBe('all')
    fireEvent.change(select, { target: { value: 'food' } })
    expect(onCategoryChange).toHaveBeenCalledWith('food')
  })

  it('keeps a deep-linked category that is not a top-level option', () => {
    renderHeader('food.bank')
    const select = screen.getByRole('combobox', { name: 'Catégorie de besoin' }) as HTMLSelectElement
    expect(select.value).toBe('food.bank')
  })

  it('has a language switch with the current language pressed', () => {
    const { onLanguageChange } = renderHeader()
    const group = screen.getByRole('group', { name: 'Langue' })
    expect(group).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Français' }).getAttribute('aria-pressed')).toBe('true')
    const english = screen.getByRole('button', { name: 'English' })
    expect(english.getAttribute('aria-pressed')).toBe('false')
    fireEvent.click(english)
    expect(onLanguageChange).toHaveBeenCalledWith('en')
  })
})
