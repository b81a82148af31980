// @vitest-environment jsdom
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { MESSAGES } from '../../../client/src/i18n/messages'
import { DemoNotice } from '../../../client/src/notice/DemoNotice'

afterEach(cleanup)

describe('DemoNotice', () => {
  it('announces demonstration data in French', () => {
    render(<DemoNotice messages={MESSAGES.fr} />)
    const note = screen.getByRole('note', { name: 'Données de démonstration' })
    expect(note.textContent).toContain('synthétiques')
  })

  it('and in English', () => {
    render(<DemoNotice messages={MESSAGES.en} />)
    expect(screen.getByRole('note', { name: 'Demonstration data' }).textContent).toContain('synthetic')
  })
})
