import type { TerritoryProfile } from '../../../../core/api/types'
import { isNotFound } from '../../api/client'
import { useAsync } from '../../data/use-async'
import type { Language } from '../../i18n/language'
import type { PanelMessages } from '../messages'
import { fetchProfile, profileUrl, type PeriodQuery } from '../panel-api'
import { ProfileView } from './ProfileView'

export interface ProfilePanelProps {
  id: number | null
  period: PeriodQuery | null
  language: Language
  messages: PanelMessages
  categoryName: (id: string) => string
  onPrint: (profile: TerritoryProfile) => void
}

/** The profile of the first selected territory, loaded from /api/territories/{id}/profile for the period on screen. */
export function ProfilePanel({ id, period, language, messages, categoryName, onPrint }: ProfilePanelProps) {
  const key = id !== null && period ? profileUrl(id, period) : null
  const loaded = useAsync(key, (signal) => fetchProfile(id as number, period as PeriodQuery, signal))
  if (id === null) return <p className="panel-empty">{messages.profileEmpty}</p>
  if (loaded.status === 'error') {
    return (
      <p className="panel-status status-warning" role="status">
        {isNotFound(loaded.error) ? messages.unavailable : messages.loadFailed(loaded.error.message)}
      </p>
    )
  }
  const profile = loaded.data
  if (!profile) {
    return (
      <p className="panel-status" role="status">
        {messages.loading}
      </p>
    )
  }
  return <ProfileView profile={profile} language={language} messages={messages} categoryName={categoryName} onPrint={() => onPrint(profile)} />
}
