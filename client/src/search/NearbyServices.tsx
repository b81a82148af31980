import type { ServicesNearResponse } from '../../../core/api/types'
import { formatDistanceKm } from '../i18n/format'
import type { Language } from '../i18n/language'
import type { Messages } from '../i18n/messages'

interface NearbyServicesProps {
  language: Language
  messages: Messages
  /** What the user searched, as shown in the title (never the full postal code from the server). */
  place: string
  response: ServicesNearResponse | null
  error: string | null
  onClose: () => void
}

/** The nearest services to a searched place, for the current category: what a 2-1-1 counsellor reads out. */
export function NearbyServices({ language, messages, place, response, error, onClose }: NearbyServicesProps) {
  return (
    <section className="nearby panel" aria-labelledby="nearby-title" data-testid="nearby-services">
      <div className="nearby-head">
        <h2 id="nearby-title" className="nearby-title">
          {messages.nearbyTitle(place)}
        </h2>
        <button type="button" className="icon-button" aria-label={messages.nearbyClose} onClick={onClose}>
          ×
        </button>
      </div>
      {error && (
        <p className="nearby-note" role="alert">
          {error}
        </p>
      )}
      {!error && !response && (
        <p className="nearby-note" role="status">
          {messages.loading}
        </p>
      )}
      {response && response.results.length === 0 && <p className="nearby-note">{messages.nearbyEmpty}</p>}
      {response && response.results.length > 0 && (
        <ol className="nearby-list">
          {response.results.map((service) => (
            <li key={service.service_id} className="nearby-item">
              <div className="nearby-name">{service.service_name}</div>
              <div className="nearby-org">{service.organization_name}</div>
              <div className="nearby-meta">
                <span className="nearby-distance">{messages.distance(formatDistanceKm(language, service.distance_m))}</span>
                {[service.address, service.city].filter(Boolean).join(', ')}
              </div>
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
