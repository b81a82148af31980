import type { Messages } from '../i18n/messages'
import { CLASSIFICATIONS, MAP_LAYERS, type ClassificationMethod, type MapLayer } from '../state/view-state'

interface LayerSwitcherProps {
  messages: Messages
  layer: MapLayer
  services: boolean
  classification: ClassificationMethod
  onLayerChange: (layer: MapLayer) => void
  onServicesChange: (shown: boolean) => void
  onClassificationChange: (method: ClassificationMethod) => void
}

/** Which measure colours the map (radio group), whether service points are drawn, and how classes are cut. */
export function LayerSwitcher(props: LayerSwitcherProps) {
  const { messages, layer, services, classification, onLayerChange, onServicesChange, onClassificationChange } = props
  return (
    <>
      <fieldset className="control">
        <legend className="control-label">{messages.layersLabel}</legend>
        <div className="radio-list">
          {MAP_LAYERS.map((id) => (
            <label key={id} className="radio">
              <input type="radio" name="map-layer" value={id} checked={layer === id} onChange={() => onLayerChange(id)} />
              <span>{messages.layerName[id]}</span>
            </label>
          ))}
        </div>
        <label className="radio checkbox">
          <input type="checkbox" checked={services} onChange={(event) => onServicesChange(event.target.checked)} />
          <span>{messages.servicesLayer}</span>
        </label>
      </fieldset>
      <fieldset className="control">
        <legend className="control-label">{messages.classesLabel}</legend>
        <div className="radio-list">
          {CLASSIFICATIONS.map((id) => (
            <label key={id} className="radio">
              <input type="radio" name="classification" value={id} checked={classification === id} onChange={() => onClassificationChange(id)} />
              <span>{messages.classificationName[id]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </>
  )
}
