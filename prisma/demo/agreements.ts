import { buildAgreement, calendarDay, type DemoAgreement } from "./record-builders";
import { demoId } from "./reference";

// The demo's cooperation instruments (docs/decisions/008-demo-data.md), led by the brochure's
// spotlight: the Carnival of Nice trademark licensed exclusively to Xiamen for five years.
// Counterparts' names, dates other than the brochure's and themes are invented.

/** The agreement's own fields; the seed links it to its destination by city. */
function agreement(key: string, fields: Omit<DemoAgreement["agreement"], "id">): DemoAgreement["agreement"] {
  const { destinationId: _linkedBySeed, ...built } = buildAgreement({ ...fields, destinationId: "" });
  return { ...built, id: demoId("agreement", key) };
}

export function demoAgreements(): DemoAgreement[] {
  const carnival = agreement("xiamen-carnival", {
    title: "Licence de la marque Carnaval de Nice en Chine",
    kind: "TRADEMARK_LICENCE",
    counterpart: "Municipalité de Xiamen — bureau du tourisme",
    startDate: calendarDay("2016-03-09"),
    endDate: calendarDay("2021-03-08"),
    isExclusive: true,
    missionId: demoId("mission", "2016-xiamen"),
    notes:
      "Droit exclusif d'utiliser la marque « Carnaval de Nice » en Chine pendant cinq ans. Première édition à Xiamen en mai 2017. " +
      "À partir de 2018, année du tourisme UE-Chine, exportation des batailles de fleurs et des corsos carnavalesques à vélo, " +
      "sur des thèmes choisis chaque année par un jury à Nice. L'équipe du Carnaval de Nice transfère son savoir-faire.",
  });
  const hangzhou = agreement("hangzhou-memorandum", {
    title: "Protocole d'accord sur la ville intelligente et l'innovation",
    kind: "MEMORANDUM",
    counterpart: "Municipalité de Hangzhou",
    startDate: calendarDay("2016-09-14"),
    endDate: calendarDay("2019-09-13"),
    missionId: demoId("mission", "2016-china"),
    notes: "Échanges d'expériences sur les services urbains numériques ; rencontres d'entreprises chaque année.",
  });
  const quebec = agreement("quebec-research", {
    title: "Programme de coopération universitaire et de recherche",
    kind: "COOPERATION_PROGRAMME",
    counterpart: "Ville de Québec et ses universités",
    startDate: calendarDay("2016-09-28"),
    endDate: calendarDay("2020-12-31"),
    missionId: demoId("mission", "2016-canada"),
    notes: "Mobilité de chercheurs et d'étudiants ; projets communs en santé et intelligence artificielle.",
  });
  const turin = agreement("turin-risks", {
    title: "Protocole d'accord sur la prévention des risques alpins",
    kind: "MEMORANDUM",
    counterpart: "Ville métropolitaine de Turin",
    startDate: calendarDay("2013-06-01"),
    endDate: calendarDay("2016-05-31"),
    notes: "Arrivé à échéance en 2016 ; renouvellement discuté lors de la mission d'octobre 2016.",
  });
  const nuremberg = agreement("nuremberg-twinning", {
    title: "Charte de jumelage renouvelée",
    kind: "TWINNING",
    counterpart: "Ville de Nuremberg",
    startDate: calendarDay("2017-10-10"),
    missionId: demoId("mission", "2017-nuremberg"),
    notes: "Sans date de fin. Échanges culturels, économiques et scolaires.",
  });
  return [
    {
      agreement: carnival,
      destination: "Xiamen",
      themes: [
        { year: 2017, theme: "Le roi de la mer et des fleurs" },
        { year: 2018, theme: "Batailles de fleurs : l'Europe et la Chine" },
        { year: 2019, theme: "Le cinéma" },
      ],
    },
    { agreement: hangzhou, destination: "Hangzhou", themes: [] },
    { agreement: quebec, destination: "Quebec", themes: [] },
    { agreement: turin, destination: "Turin", themes: [] },
    { agreement: nuremberg, destination: "Nuremberg", themes: [] },
  ];
}
