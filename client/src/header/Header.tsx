import type { ReactNode } from 'react'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'
import type { CategoryOption } from './category-options'
import { CategorySelect } from './CategorySelect'
import { LanguageSwitch } from './LanguageSwitch'

interface HeaderProps {
  messages: Messages
  language: Language
  category: string
  categoryOptions: readonly CategoryOption[]
  onCategoryChange: (id: string) => void
  onLanguageChange: (language: Language) => void
  /** The place search, between the name and the controls. */
  search?: ReactNode
}

export function Header(props: HeaderProps) {
  const { messages, language, category, categoryOptions, onCategoryChange, onLanguageChange, search } = props
  return (
    <header className="header">
      <div className="brand">
        <h1 className="brand-name">{messages.appName}</h1>
        <p className="brand-tagline">{messages.tagline}</p>
      </div>
      {search}
      <div className="header-controls">
        <CategorySelect label={messages.categoryLabel} value={category} options={categoryOptions} onChange={onCategoryChange} />
        <LanguageSwitch label={messages.languageLabel} value={language} names={messages.languageName} onChange={onLanguageChange} />
      </div>
    </header>
  )
}
