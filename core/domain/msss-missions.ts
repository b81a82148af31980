/**
 * What each mission of a public health and social-service installation (MSSS M02 file) offers,
 * in need categories, so the public network counts as supply next to community organizations.
 */
export const MISSION_CATEGORIES: Readonly<Record<string, { fr: string; en: string; categories: readonly string[] }>> = {
  CLSC: { fr: 'CLSC', en: 'Local community service centre (CLSC)', categories: ['health.primary', 'health.home', 'mental_health.counselling', 'family.parenting', 'seniors'] },
  CHSLD: { fr: 'CHSLD', en: 'Residential and long-term care centre', categories: ['seniors'] },
  CHSGS: { fr: 'Centre hospitalier', en: 'General hospital', categories: ['health'] },
  CHPSY: { fr: 'Centre hospitalier psychiatrique', en: 'Psychiatric hospital', categories: ['mental_health'] },
  CPEJ: { fr: 'Centre de protection de l’enfance et de la jeunesse', en: 'Youth protection centre', categories: ['family.youth', 'crisis.violence'] },
  CRJDA: { fr: 'Centre de réadaptation pour jeunes en difficulté', en: 'Rehabilitation centre for youth in difficulty', categories: ['family.youth'] },
  CRMDA: { fr: 'Centre de réadaptation pour mères en difficulté', en: 'Rehabilitation centre for mothers in difficulty', categories: ['family.parenting'] },
  CRD: { fr: 'Centre de réadaptation en dépendance', en: 'Addiction rehabilitation centre', categories: ['mental_health.addiction'] },
  CRDITED: { fr: 'Centre de réadaptation en déficience intellectuelle et TSA', en: 'Rehabilitation centre for intellectual disability and autism', categories: ['disability'] },
  CRDPA: { fr: 'Centre de réadaptation en déficience auditive', en: 'Rehabilitation centre for hearing impairment', categories: ['disability'] },
  CRDPM: { fr: 'Centre de réadaptation en déficience motrice', en: 'Rehabilitation centre for motor impairment', categories: ['disability'] },
  CRDPV: { fr: 'Centre de réadaptation en déficience visuelle', en: 'Rehabilitation centre for visual impairment', categories: ['disability'] },
  CRDPL: { fr: 'Centre de réadaptation en déficience du langage', en: 'Rehabilitation centre for language impairment', categories: ['disability'] },
}
