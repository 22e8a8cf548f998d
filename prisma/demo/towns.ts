// The communes of the urban area and the day each was connected (docs/decisions/008-demo-data.md).
// Names are the 51 communes of the Métropole Nice Côte d'Azur today plus Coaraze, a member in 2012,
// connected then and never disconnected.
// INSEE codes only where checked against a published list; null otherwise. Connection dates are
// invented: 50 connected by 31 December 2016 (the brochure's figure), Drap on 1 January 2017 (counts
// from 2017), Châteauneuf-Villevieille not yet. A town for a test: buildTown in ./towns.ts.

type DemoTown = { name: string; inseeCode: string | null; connectedOn: string | null };

const town = (name: string, inseeCode: string | null, connectedOn: string | null): DemoTown => ({
  name,
  inseeCode,
  connectedOn,
});

export const demoTowns: readonly DemoTown[] = [
  // 2012: the coast and the hills above Nice.
  town("Nice", "06088", "2012-01-02"),
  town("Cagnes-sur-Mer", "06027", "2012-02-06"),
  town("Saint-Laurent-du-Var", "06123", "2012-02-06"),
  town("Vence", null, "2012-03-12"),
  town("Carros", "06033", "2012-03-12"),
  town("La Trinité", null, "2012-04-16"),
  town("Villefranche-sur-Mer", null, "2012-04-16"),
  town("Beaulieu-sur-Mer", "06011", "2012-05-14"),
  town("Saint-Jean-Cap-Ferrat", null, "2012-05-14"),
  town("Èze", "06059", "2012-06-11"),
  town("Cap-d'Ail", "06032", "2012-06-11"),
  town("La Gaude", "06065", "2012-07-09"),
  town("Saint-Jeannet", "06122", "2012-07-09"),
  town("Saint-André-de-la-Roche", "06114", "2012-09-10"),
  town("Falicon", "06060", "2012-09-10"),
  town("Colomars", "06046", "2012-10-08"),
  town("Aspremont", "06006", "2012-10-08"),
  town("Castagniers", "06034", "2012-11-12"),
  town("Tourrette-Levens", null, "2012-11-12"),
  town("Levens", "06075", "2012-12-10"),
  town("Coaraze", null, "2012-12-10"),
  // 2013: the Var and the Vésubie.
  town("Saint-Martin-du-Var", "06126", "2013-01-14"),
  town("La Roquette-sur-Var", "06109", "2013-02-11"),
  town("Saint-Blaise", "06117", "2013-03-11"),
  town("Duranus", "06055", "2013-04-08"),
  town("Utelle", null, "2013-05-13"),
  town("Lantosque", "06074", "2013-06-10"),
  town("Roquebillière", "06103", "2013-09-09"),
  town("Saint-Martin-Vésubie", null, "2013-10-14"),
  town("Belvédère", "06013", "2013-11-18"),
  // 2014: the upper Vésubie, the Tinée stations and the first communes of the Var valley's right bank.
  town("La Bollène-Vésubie", "06020", "2014-01-13"),
  town("Venanson", null, "2014-02-10"),
  town("Isola", "06073", "2014-03-10"),
  town("Saint-Étienne-de-Tinée", null, "2014-04-14"),
  town("Saint-Dalmas-le-Selvage", null, "2014-05-12"),
  town("Valdeblore", null, "2014-06-16"),
  town("Gattières", "06064", "2014-09-15"),
  town("Le Broc", "06025", "2014-11-17"),
  // 2015: the Tinée.
  town("Rimplas", null, "2015-01-12"),
  town("Saint-Sauveur-sur-Tinée", null, "2015-02-09"),
  town("Roure", null, "2015-03-16"),
  town("Roubion", null, "2015-04-13"),
  town("Clans", "06042", "2015-06-15"),
  town("Marie", null, "2015-09-14"),
  town("Bonson", "06021", "2015-11-16"),
  // 2016: the last villages of the Tinée, and Gilette on the year's last day (it still counts).
  town("Ilonse", "06072", "2016-02-15"),
  town("Tournefort", null, "2016-04-11"),
  town("Bairols", "06009", "2016-06-13"),
  town("La Tour", null, "2016-10-10"),
  town("Gilette", "06066", "2016-12-31"),
  // Later, or not yet.
  town("Drap", "06054", "2017-01-01"),
  town("Châteauneuf-Villevieille", "06039", null),
];
