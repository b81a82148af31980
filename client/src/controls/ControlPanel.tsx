import type { Level } from '../../../core/api/types'
import { CHANNELS, OUTCOMES, type Channel, type Outcome } from '../../../core/domain/request-fields'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'
import type { Period } from '../period/default-period'
import { useViewStore } from '../state/store'
import { ChoiceSelect } from './ChoiceSelect'
import { LayerSwitcher } from './LayerSwitcher'
import { PeriodSlider } from './PeriodSlider'

interface ControlPanelProps {
  language: Language
  messages: Messages
  levels: readonly Level[]
  months: readonly string[]
  monthlyTotals: readonly (number | null)[] | null
  /** The period in effect (explicit or default). */
  period: Period | null
}

const ALL = ''

/** The map's filters and layers, in reading order: where (level), when (period), what (outcome, channel), how (layer, classes). */
export function ControlPanel({ language, messages, levels, months, monthlyTotals, period }: ControlPanelProps) {
  const view = useViewStore()
  const levelChoices = levels.map((level) => ({ value: level.id, label: language === 'fr' ? level.label_fr : level.label_en }))
  if (!levelChoices.some((choice) => choice.value === view.level)) levelChoices.push({ value: view.level, label: view.level })
  return (
    <section className="controls panel" aria-label={messages.controlsLabel}>
      <ChoiceSelect label={messages.levelLabel} value={view.level} choices={levelChoices} onChange={view.setLevel} testId="level-select" />
      <PeriodSlider
        language={language}
        messages={messages}
        months={months}
        totals={monthlyTotals}
        period={period}
        isDefault={view.period === null}
        onChange={view.setPeriod}
      />
      <ChoiceSelect
        label={messages.outcomeLabel}
        value={view.outcome ?? ALL}
        choices={[{ value: ALL, label: messages.allOutcomes }, ...OUTCOMES.map((o) => ({ value: o, label: messages.outcomeName[o] }))]}
        onChange={(value) => view.setOutcome(value === ALL ? null : (value as Outcome))}
      />
      <ChoiceSelect
        label={messages.channelLabel}
        value={view.channel ?? ALL}
        choices={[{ value: ALL, label: messages.allChannels }, ...CHANNELS.map((c) => ({ value: c, label: messages.channelName[c] }))]}
        onChange={(value) => view.setChannel(value === ALL ? null : (value as Channel))}
      />
      <LayerSwitcher
        messages={messages}
        layer={view.layer}
        services={view.services}
        classification={view.classification}
        onLayerChange={view.setLayer}
        onServicesChange={view.setServices}
        onClassificationChange={view.setClassification}
      />
    </section>
  )
}
