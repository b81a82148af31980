export interface Choice {
  value: string
  label: string
}

interface ChoiceSelectProps {
  label: string
  value: string
  choices: readonly Choice[]
  onChange: (value: string) => void
  testId?: string
}

/** A labelled native select: keyboard operable and announced by every screen reader as is. */
export function ChoiceSelect({ label, value, choices, onChange, testId }: ChoiceSelectProps) {
  return (
    <label className="control">
      <span className="control-label">{label}</span>
      <select className="select select-compact" value={value} data-testid={testId} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </label>
  )
}
