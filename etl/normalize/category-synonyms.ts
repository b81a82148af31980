/**
 * Words and phrases of real 2-1-1, outreach and community-directory files (French and English)
 * onto ids of the default taxonomy (core/domain/categories.ts). Matching folds accents, case and
 * punctuation and a plural "s", so each phrase is written once, unaccented. A phrase whose id is
 * missing from a user's own taxonomy falls back to the id's parent, else is ignored.
 */
export const CATEGORY_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
  housing: [
    'logement', 'housing', 'habitation', 'comite logement', 'logement et hebergement', 'salubrite', 'insalubrite',
    'punaises de lit', 'bed bugs', 'moisissure', 'demenagement', 'moving', 'achat de maison', 'proprietaire',
  ],
  'housing.shelter': [
    'hebergement', 'hebergement d urgence', 'hebergement temporaire', 'refuge', 'refuges', 'shelter', 'emergency shelter',
    'homeless shelter', 'itinerance', 'sans abri', 'sans logis', 'sans domicile fixe', 'sdf', 'homeless', 'homelessness',
    'itinerant', 'personne itinerante', 'personnes en situation d itinerance', 'risque d itinerance', 'halte chaleur',
    'warming centre', 'warming center', 'maison d hebergement', 'lodging', 'nuitee', 'couch surfing',
  ],
  'housing.rent': [
    'loyer', 'aide au loyer', 'rent', 'rent assistance', 'rent subsidy', 'rent supplement', 'supplement au loyer', 'psl',
    'allocation logement', 'hlm', 'logement social', 'logement subventionne', 'logement abordable', 'social housing',
    'subsidized housing', 'affordable housing', 'cooperative d habitation', 'coop d habitation', 'recherche de logement',
    'housing search', 'trouver un logement', 'office municipal d habitation', 'omh', 'arrerages de loyer', 'rent arrears',
  ],
  'housing.eviction': [
    'eviction', 'evictions', 'expulsion', 'avis d expulsion', 'reprise de logement', 'renoviction', 'tal',
    'tribunal administratif du logement', 'regie du logement', 'litige locatif', 'litige avec le proprietaire',
    'droits des locataires', 'tenant rights', 'landlord tenant', 'landlord dispute', 'tenancy dispute', 'bail', 'lease',
    'association de locataires',
  ],
  food: [
    'alimentation', 'nourriture', 'food', 'aide alimentaire', 'securite alimentaire', 'insecurite alimentaire',
    'food security', 'food insecurity', 'food aid', 'food assistance', 'alimentaire', 'groceries', 'grocery',
  ],
  'food.bank': [
    'depannage alimentaire', 'banque alimentaire', 'food bank', 'food pantry', 'pantry', 'epicerie', 'epicerie solidaire',
    'epicerie communautaire', 'panier de noel', 'paniers de noel', 'panier alimentaire', 'panier de nourriture',
    'paniers de provisions', 'bons alimentaires', 'bon d achat alimentaire', 'food voucher', 'grocery voucher',
    'comptoir alimentaire', 'frigo communautaire', 'frigo partage', 'community fridge', 'moisson', 'food basket',
    'christmas basket', 'distribution alimentaire', 'food distribution',
  ],
  'food.meals': [
    'repas', 'repas communautaires', 'repas communautaire', 'repas chaud', 'repas a faible cout', 'cuisine collective',
    'cuisines collectives', 'soupe populaire', 'soup kitchen', 'meal', 'community meals', 'hot meal', 'free meals',
    'dejeuner', 'petits dejeuners', 'breakfast program', 'diner communautaire', 'souper communautaire', 'cafe communautaire',
  ],
  'food.delivery': [
    'popote roulante', 'popotes roulantes', 'meals on wheels', 'livraison de repas', 'repas a domicile', 'meal delivery',
    'food delivery', 'livraison d epicerie', 'grocery delivery',
  ],
  utilities: ['services publics', 'utilities', 'utility', 'energie', 'energy', 'gaz', 'gas', 'mazout', 'heating oil', 'eau', 'water'],
  'utilities.bills': [
    'electricite', 'electricity', 'hydro', 'hydro quebec', 'hydro ottawa', 'chauffage', 'heating', 'heat', 'facture',
    'factures', 'facture d electricite', 'facture d hydro', 'bill', 'utility bill', 'bill payment', 'paiement des factures',
    'coupure d electricite', 'coupure de courant', 'interruption de service', 'disconnection', 'shut off notice',
    'telephone et internet', 'internet', 'telephone',
  ],
  health: [
    'sante', 'health', 'health care', 'soins de sante', 'sante physique', 'physical health', 'soins dentaires', 'dentiste',
    'dental', 'dental care', 'medicaments', 'medication', 'prescription', 'pharmacie', 'pharmacy', 'lunettes', 'eyeglasses',
    'optometrie', 'vision care', 'sante sexuelle', 'sexual health', 'itss', 'depistage', 'vaccination', 'nutrition',
    'hopital', 'hospital', 'sante publique',
  ],
  'health.primary': [
    'soins de premiere ligne', 'premiere ligne', 'primary care', 'medecin', 'medecin de famille', 'family doctor', 'doctor',
    'clinique', 'clinique medicale', 'clinic', 'walk in clinic', 'clsc', 'gmf', 'infirmiere', 'nurse', 'nurse practitioner',
    'guichet d acces a un medecin de famille', 'gamf', 'soins infirmiers',
  ],
  'health.home': [
    'soins a domicile', 'home care', 'maintien a domicile', 'soutien a domicile', 'aide a domicile', 'home support',
    'home help', 'entretien menager', 'housekeeping', 'aide domestique', 'services a domicile',
  ],
  mental_health: ['sante mentale', 'mental health', 'mental illness', 'maladie mentale', 'trouble de sante mentale', 'psychiatrie', 'psychiatry'],
  'mental_health.counselling': [
    'ecoute', 'ligne d ecoute', 'ecoute telephonique', 'ecoute active', 'soutien psychologique', 'soutien emotionnel',
    'emotional support', 'detresse', 'detresse psychologique', 'psychological distress', 'psychologue', 'psychologist',
    'psychologie', 'psychotherapie', 'therapie', 'therapy', 'counselling', 'counseling', 'anxiete', 'anxiety',
    'depression', 'deuil', 'grief', 'bereavement', 'psychosocial', 'intervention psychosociale', 'soutien psychosocial',
    'relation d aide', 'groupe d entraide', 'entraide', 'peer support', 'support group', 'solitude et detresse',
  ],
  'mental_health.addiction': [
    'dependance', 'dependances', 'addiction', 'addictions', 'toxicomanie', 'alcoolisme', 'alcool', 'alcohol', 'drogue',
    'drogues', 'drugs', 'substance use', 'substance abuse', 'consommation de substances', 'jeu pathologique',
    'jeu compulsif', 'gambling', 'problem gambling', 'cyberdependance', 'surdose', 'overdose', 'opioides', 'opioids',
    'reduction des mefaits', 'harm reduction', 'desintoxication', 'detox', 'therapie en dependance', 'naloxone',
    'abus de substances', 'abus d alcool', 'abus de drogues',
  ],
  income: [
    'revenu', 'revenus', 'income', 'income and employment', 'pauvrete', 'poverty', 'argent', 'money', 'finances',
    'securite du revenu', 'income security', 'soutien au revenu', 'income support',
  ],
  'income.assistance': [
    'aide financiere', 'financial aid', 'financial assistance', 'aide sociale', 'aide de dernier recours',
    'solidarite sociale', 'assistance sociale', 'welfare', 'social assistance', 'ontario works', 'odsp',
    'impot', 'impots', 'declaration de revenus', 'declarations de revenus', 'rapport d impot', 'rapports d impot',
    'clinique d impot', 'clinique d impots', 'comptoir d impot', 'income tax', 'tax', 'taxes', 'tax clinic', 'tax return',
    'prestations', 'benefits', 'pension', 'pension de vieillesse', 'old age security', 'supplement de revenu garanti',
    'srg', 'gis', 'allocation canadienne pour enfants', 'allocations familiales', 'child benefit', 'credit d impot',
    'depannage financier', 'aide d urgence financiere', 'emergency financial assistance', 'programme objectif emploi',
  ],
  'income.employment': [
    'emploi', 'employment', 'travail', 'job', 'work', 'recherche d emploi', 'job search', 'chomage', 'unemployment',
    'assurance emploi', 'employment insurance', 'insertion socioprofessionnelle', 'insertion en emploi',
    'integration en emploi', 'employabilite', 'employability', 'carrefour jeunesse emploi', 'cje', 'cv', 'curriculum vitae',
    'entrevue', 'job interview', 'orientation professionnelle', 'career counselling', 'stage', 'internship',
  ],
  transportation: [
    'transport', 'transports', 'transportation', 'deplacement', 'deplacements', 'covoiturage', 'carpooling',
    'transport adapte', 'paratransit', 'taxi', 'ride', 'rides',
  ],
  'transportation.medical': [
    'transport medical', 'transport medical et accompagnement', 'accompagnement transport', 'transport accompagnement',
    'accompagnement medical', 'accompagnement aux rendez vous', 'accompagnement rendez vous medicaux',
    'transport benevole', 'volunteer driver', 'volunteer drivers', 'medical transport', 'medical escort',
    'transport pour rendez vous medical', 'transport vers l hopital', 'transport to appointments',
  ],
  'transportation.fare': [
    'transport collectif', 'transport en commun', 'public transit', 'transit', 'autobus', 'bus', 'titre de transport',
    'titres de transport', 'passe d autobus', 'carte opus', 'opus', 'billet d autobus', 'billets d autobus', 'bus pass',
    'bus ticket', 'bus tickets', 'transit fare', 'transit pass', 'tarif reduit transport', 'presto',
  ],
  legal: [
    'juridique', 'droit', 'droits', 'legal', 'law', 'justice', 'defense des droits', 'advocacy', 'litige', 'plainte',
    'complaint', 'petites creances', 'small claims', 'police', 'criminel', 'criminal', 'casier judiciaire',
    'criminal record', 'pardon', 'suspension du casier',
  ],
  'legal.aid': [
    'aide juridique', 'legal aid', 'avocat', 'avocate', 'lawyer', 'notaire', 'notary', 'clinique juridique',
    'legal clinic', 'conseil juridique', 'legal advice', 'information juridique', 'legal information', 'juripop',
    'centre de justice de proximite', 'immigration legal aid',
  ],
  'legal.consumer': [
    'consommation', 'consumer', 'protection du consommateur', 'consumer protection', 'budget', 'budgeting', 'gestion budgetaire',
    'endettement', 'dettes', 'dette', 'debt', 'debts', 'surendettement', 'faillite', 'bankruptcy', 'proposition de consommateur',
    'fraude', 'fraud', 'arnaque', 'scam', 'acef', 'credit', 'recouvrement', 'collection agency', 'budget familial',
  ],
  family: [
    'famille', 'family', 'families', 'enfance', 'enfant', 'child', 'children', 'child and family', 'enfance et famille',
    'garderie', 'service de garde', 'services de garde', 'cpe', 'childcare', 'child care', 'daycare', 'halte garderie',
    'separation', 'divorce', 'garde d enfants', 'custody', 'pension alimentaire', 'child support', 'mediation familiale',
  ],
  'family.parenting': [
    'soutien parental', 'parentalite', 'parenting', 'parenting support', 'parents', 'parent', 'perinatalite', 'perinatal',
    'grossesse', 'pregnancy', 'maison de la famille', 'maisons de la famille', 'organisme famille', 'allaitement',
    'breastfeeding', 'couches', 'diapers', 'articles pour bebe', 'baby items', 'bebe', 'baby', 'nouveau ne', 'newborn',
    'relevailles', 'monoparental', 'famille monoparentale', 'single parent',
  ],
  'family.youth': [
    'jeunesse', 'jeune', 'jeunes', 'youth', 'adolescent', 'adolescents', 'ado', 'ados', 'teen', 'teens', 'maison des jeunes',
    'mdj', 'protection de la jeunesse', 'dpj', 'fugue', 'runaway', 'jeunes en difficulte', 'youth at risk',
  ],
  education: [
    'education', 'scolaire', 'ecole', 'school', 'aide aux devoirs', 'homework help', 'tutorat', 'tutoring', 'formation',
    'training', 'cours', 'courses', 'raccrochage scolaire', 'decrochage scolaire', 'dropout', 'perseverance scolaire',
    'education des adultes', 'adult education', 'formation generale des adultes', 'fga', 'fournitures scolaires',
    'school supplies', 'formation professionnelle', 'vocational training', 'retour aux etudes', 'prets et bourses',
  ],
  'education.literacy': [
    'alphabetisation', 'literacy', 'analphabetisme', 'illiteracy', 'lecture et ecriture', 'reading and writing',
    'litteratie', 'numeratie', 'numeracy', 'litteratie numerique', 'digital literacy',
  ],
  clothing: ['articles menagers', 'household items', 'household goods', 'biens materiels', 'material goods', 'articles de maison'],
  'clothing.items': [
    'vetements', 'vetement', 'clothing', 'clothes', 'habillement', 'meubles', 'meuble', 'furniture', 'electromenagers',
    'electromenager', 'appliances', 'friperie', 'comptoir vestimentaire', 'vestiaire', 'literie', 'bedding', 'bottes',
    'manteaux d hiver', 'winter coats', 'manteau', 'coat', 'chaussures', 'shoes', 'vaisselle', 'dishes',
    'ressourcerie', 'bazar', 'thrift store', 'lit', 'matelas', 'mattress', 'articles de base',
  ],
  disability: [
    'handicap', 'handicaps', 'disability', 'disabilities', 'accessibilite', 'accessibility', 'limitation fonctionnelle',
    'limitations fonctionnelles', 'functional limitation',
  ],
  'disability.support': [
    'personnes handicapees', 'personne handicapee', 'persons with disabilities', 'people with disabilities',
    'deficience', 'deficience intellectuelle', 'deficience physique', 'deficience visuelle', 'deficience auditive',
    'intellectual disability', 'physical disability', 'tsa', 'autisme', 'autism', 'trouble du spectre de l autisme',
    'mobilite reduite', 'reduced mobility', 'surdite', 'deaf', 'aveugle', 'blind', 'fauteuil roulant', 'wheelchair',
    'aide technique', 'assistive devices', 'soutien aux personnes handicapees', 'di tsa',
  ],
  seniors: [
    'aines', 'aine', 'ainee', 'personnes agees', 'personne agee', 'seniors', 'senior', 'elderly', 'older adults',
    'older adult', 'troisieme age', 'age d or', 'club d age d or', 'fadoq', 'maltraitance des aines', 'elder abuse',
    'residence pour aines', 'rpa', 'retirement home', 'retraite',
  ],
  'seniors.isolation': [
    'isolement', 'isolement social', 'social isolation', 'isolation', 'solitude', 'loneliness', 'visites d amitie',
    'visite d amitie', 'friendly visits', 'friendly visiting', 'appels d amitie', 'appels de securite', 'telephone calls',
    'programme pair', 'friendly calls', 'reassurance calls',
  ],
  'seniors.caregivers': [
    'proche aidant', 'proches aidants', 'proche aidante', 'proches aidantes', 'caregiver', 'caregivers', 'caregiving',
    'aidant naturel', 'aidants naturels', 'family caregiver', 'repit', 'respite', 'respite care', 'gardiennage',
    'baluchon', 'l appui',
  ],
  newcomers: [
    'immigration', 'immigrants', 'immigrant', 'immigrante', 'personnes immigrantes', 'personne immigrante', 'newcomers',
    'newcomer', 'nouveaux arrivants', 'nouvel arrivant', 'nouvelle arrivante', 'refugies', 'refugie', 'refugiee',
    'refugees', 'refugee', 'demandeurs d asile', 'demandeur d asile', 'asylum seekers', 'asylum seeker', 'asile',
    'travailleurs etrangers temporaires', 'temporary foreign workers', 'citoyennete', 'citizenship',
    'interpretation', 'interprete', 'interpreter', 'traduction', 'translation',
  ],
  'newcomers.settlement': [
    'accueil et integration', 'settlement', 'settlement services', 'services d accueil',
    'francisation', 'cours de francais', 'french courses', 'french classes', 'french lessons', 'esl',
    'english as a second language', 'anglais langue seconde', 'regionalisation', 'parrainage', 'sponsorship',
  ],
  crisis: [
    'crise', 'crisis', 'intervention de crise', 'crisis intervention', 'centre de crise', 'crisis centre',
    'crisis center', 'sinistre', 'sinistres', 'disaster', 'incendie', 'fire', 'inondation', 'flood', 'danger', 'urgence sociale', 'crise psychosociale',
  ],
  'crisis.violence': [
    'violence', 'violence conjugale', 'violence familiale', 'violence conjugale et familiale', 'domestic violence',
    'family violence', 'intimate partner violence', 'partner violence', 'violence faite aux femmes',
    'violence against women', 'agression sexuelle', 'agressions sexuelles', 'sexual assault', 'sexual violence',
    'violence sexuelle', 'cavac', 'calacs', 'victimes d actes criminels', 'victim services', 'victimes',
    'maison d hebergement pour femmes', 'maison d hebergement pour femmes victimes de violence', 'womens shelter',
    'women s shelter', 'abus', 'abuse', 'maltraitance', 'harcelement', 'harassment', 'intimidation', 'bullying',
    'exploitation sexuelle', 'traite de personnes', 'human trafficking', 'sos violence conjugale',
  ],
  'crisis.suicide': [
    'suicide', 'prevention du suicide', 'suicide prevention', 'suicidaire', 'suicidal', 'idees suicidaires',
    'ideations suicidaires', 'ideation suicidaire', 'suicidal ideation', 'suicidal thoughts', 'crise suicidaire',
    'risque suicidaire', 'suicide risk', 'centre de prevention du suicide', 'cps', '1 866 appelle', '988',
  ],
  other: [
    'autre', 'autres', 'other', 'others', 'divers', 'diverse', 'miscellaneous', 'misc', 'autres besoins', 'other needs',
    'besoins divers', 'information generale', 'general information', 'informations generales',
  ],
}

/**
 * Top-level codes of the AIRS / 211 LA County taxonomy that some 2-1-1 software exports
 * ("BD-1800.2000 Food Pantries"): the two-letter basic-needs branches and the one-letter sections.
 * Codes not listed here are left unknown rather than guessed.
 */
export const AIRS_PREFIXES: Readonly<Record<string, string>> = {
  'BD-1800': 'food.bank',
  'BD-5000': 'food.meals',
  'BH-1800': 'housing.shelter',
  'BH-3800': 'housing.rent',
  BD: 'food',
  BH: 'housing',
  BM: 'clothing',
  BT: 'transportation',
  BV: 'utilities',
  D: 'legal.consumer',
  F: 'legal',
  H: 'education',
  L: 'health',
  N: 'income',
  P: 'family',
  R: 'mental_health',
}
