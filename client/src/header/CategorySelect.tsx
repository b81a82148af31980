import type { CategoryOption } from './category-options'

interface CategorySelectProps {
  label: string
  value: string
  options: readonly CategoryOption[]
  onChange: (id: string) => void
}

export function CategorySelect({ label, value, options, onChange }: CategorySelectProps) {
  // A deep-linked sub-category is not among the top-level options: keep it selectable rather than
  // letting the select silently show another value.
  const known = options.some((option) => option.id === value)
  return (
    <label className="field">
      <span className="field-label">{label}</span>
      <select className="select" value={value} onChange={(event) => onChange(event.target.value)}>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.label}
          </option>
        ))}
        {!known && <option value={value}>{value}</option>}
      </select>
    </label>
  )
}
