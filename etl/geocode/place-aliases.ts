/**
 * Names still used for parts of merged cities (former municipalities, sectors, well-known districts),
 * by the code of the municipality they now belong to. Consulted only when a name matches no
 * municipality and no borough of the gazetteer, so they never shadow a real municipality.
 */
export const FORMER_PLACES: Readonly<Record<string, readonly string[]>> = {
  // Gatineau
  '81017': ['Hull', 'Aylmer', 'Buckingham', 'Masson-Angers', 'Masson', 'Angers'],
  // Laval
  '65005': ['Chomedey', 'Vimont', 'Auteuil', 'Fabreville', 'Sainte-Rose', 'Duvernay', 'Pont-Viau', 'Laval-des-Rapides',
    'Sainte-Dorothée', 'Laval-Ouest', 'Laval-sur-le-Lac', 'Saint-Vincent-de-Paul', 'Îles-Laval', 'Saint-François-de-Laval'],
  // Lévis
  '25213': ['Saint-Romuald', 'Charny', 'Saint-Nicolas', 'Saint-Rédempteur', 'Saint-Jean-Chrysostome', 'Pintendre',
    'Saint-Étienne-de-Lauzon', 'Lauzon', 'Breakeyville', 'Sainte-Hélène-de-Breakeyville', 'Saint-Joseph-de-la-Pointe-de-Lévy'],
  // Québec
  '23027': ['Loretteville', 'Val-Bélair', 'Vanier', 'Limoilou', 'Saint-Émile', 'Duberger', 'Les Saules', 'Neufchâtel',
    'Saint-Roch', 'Saint-Sauveur', 'Vieux-Québec', 'Montcalm', 'Lac-Saint-Charles', 'Québec City', 'Quebec City'],
  // Trois-Rivières
  '37067': ['Cap-de-la-Madeleine', 'Trois-Rivières-Ouest', 'Pointe-du-Lac', 'Saint-Louis-de-France', 'Sainte-Marthe-du-Cap'],
  // Terrebonne
  '64008': ['Lachenaie', 'La Plaine'],
  // Saint-Jean-sur-Richelieu
  '56083': ['Iberville', 'Saint-Luc', 'Saint-Athanase'],
  // Shawinigan
  '36033': ['Grand-Mère', 'Shawinigan-Sud', 'Lac-à-la-Tortue'],
  // Rouyn-Noranda
  '86042': ['Rouyn', 'Noranda'],
  // Saguenay
  '94068': ['Kénogami', 'Arvida', 'Laterrière', 'Shipshaw'],
  // Montréal
  '66023': ['Pierrefonds', 'Roxboro', 'Ahuntsic', 'Cartierville', 'Hochelaga', 'Maisonneuve', 'Petite-Patrie', 'Plateau',
    'Plateau Mont-Royal', 'NDG', 'Parc-Ex', 'Pointe-Saint-Charles', 'Saint-Henri', 'Griffintown', 'Petite-Bourgogne',
    'Little Burgundy', 'Centre-Sud', 'Mile End', 'Mile-Ex', 'Tétreaultville', 'Mercier-Est', 'Mercier-Ouest', 'Bordeaux',
    'Sault-au-Récollet', 'Côte-Saint-Paul', 'Ville-Émard', 'Vieux-Montréal', 'Old Montreal', 'Centre-ville de Montréal',
    'Downtown Montreal'],
}
