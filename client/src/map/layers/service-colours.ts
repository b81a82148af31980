import type { Rgb } from '../../legend/palette'

/**
 * One colour per top-level need category for service points, from the Okabe–Ito palette (built to
 * stay distinct under colour-vision deficiencies). Sixteen categories cannot all get their own
 * distinct hue, so related needs share one; the tooltip always names the categories.
 */
const OKABE_ITO = {
  orange: [230, 159, 0],
  sky: [86, 180, 233],
  green: [0, 158, 115],
  yellow: [240, 228, 66],
  blue: [0, 114, 178],
  vermillion: [213, 94, 0],
  purple: [204, 121, 167],
  black: [40, 40, 40],
} as const satisfies Record<string, Rgb>

const BY_CATEGORY: Record<string, Rgb> = {
  food: OKABE_ITO.orange,
  clothing: OKABE_ITO.orange,
  housing: OKABE_ITO.vermillion,
  utilities: OKABE_ITO.vermillion,
  health: OKABE_ITO.blue,
  mental_health: OKABE_ITO.blue,
  disability: OKABE_ITO.blue,
  income: OKABE_ITO.green,
  education: OKABE_ITO.green,
  legal: OKABE_ITO.green,
  family: OKABE_ITO.purple,
  seniors: OKABE_ITO.purple,
  newcomers: OKABE_ITO.sky,
  transportation: OKABE_ITO.sky,
  crisis: OKABE_ITO.yellow,
}

/** The colour of a service point: its first known category's, dark grey for anything else. */
export function serviceColour(categories: readonly string[]): Rgb {
  for (const category of categories) {
    const colour = BY_CATEGORY[category.split('.')[0] ?? category]
    if (colour) return colour
  }
  return OKABE_ITO.black
}
