import { LANGUAGES, type Language } from '../i18n/language'

interface LanguageSwitchProps {
  label: string
  value: Language
  names: Record<Language, string>
  onChange: (language: Language) => void
}

/** Two toggle buttons (FR / EN); each names its language in that language for screen readers. */
export function LanguageSwitch({ label, value, names, onChange }: LanguageSwitchProps) {
  return (
    <div className="language-switch" role="group" aria-label={label}>
      {LANGUAGES.map((language) => (
        <button
          key={language}
          type="button"
          lang={language}
          className="language-button"
          aria-pressed={language === value}
          aria-label={names[language]}
          onClick={() => onChange(language)}
        >
          {language.toUpperCase()}
        </button>
      ))}
    </div>
  )
}
