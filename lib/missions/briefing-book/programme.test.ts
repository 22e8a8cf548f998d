import { describe, expect, it } from "vitest";
import { programmeOf } from "./programme";

const destinations = [
  { city: "Xiamen", countryCode: "CN", timeZone: "Asia/Shanghai" },
  { city: "Saint Petersburg", countryCode: "RU", timeZone: "Europe/Moscow" },
  { city: "Haifa", countryCode: "IL", timeZone: null },
];
const slot = (day: string, time: string, title: string, location = "", counterpart = "") => ({
  day,
  time,
  title,
  location,
  counterpart,
});

describe("the briefing book's programme", () => {
  it("gives each slot in local and Paris time, following the city named last", () => {
    const programme = programmeOf({
      destinations,
      agenda: [
        slot("2016-06-13", "07:10", "Départ", "Aéroport Nice Côte d'Azur"),
        slot("2016-06-14", "09:30", "Accueil à la mairie", "Xiamen City Hall", "M. Zhuang 庄稼汉"),
        slot("2016-06-14", "15:00", "Visite du port"),
        slot("2016-06-15", "10:00", "Forum", "Saint Petersburg, Lenexpo"),
        slot("2016-06-15", "", "Dîner libre"),
      ],
    });
    expect(programme.days.map((day) => day.day)).toEqual(["2016-06-13", "2016-06-14", "2016-06-15"]);
    // A slot without a time comes first in its day, as everywhere in the app.
    const [departure, welcome, port, dinner, forum] = programme.days.flatMap((day) => day.slots);
    expect(departure).toMatchObject({ city: "Nice", paris: { time: "07:10", dayShift: 0 } });
    expect(welcome).toMatchObject({ city: "Xiamen", paris: { time: "03:30", dayShift: 0 } });
    expect(welcome?.counterpart).toBe("M. Zhuang 庄稼汉");
    // No city named: still in Xiamen.
    expect(port).toMatchObject({ city: "Xiamen", paris: { time: "09:00", dayShift: 0 } });
    expect(forum).toMatchObject({ city: "Saint Petersburg", paris: { time: "09:00", dayShift: 0 } });
    expect(dinner).toMatchObject({ time: "", paris: null, city: "Xiamen" });
  });

  it("tells when the Paris time falls on another day", () => {
    const programme = programmeOf({
      destinations,
      agenda: [slot("2016-06-14", "05:00", "Marché aux poissons", "Xiamen")],
    });
    expect(programme.days[0]?.slots[0]?.paris).toEqual({ time: "23:00", dayShift: -1 });
  });

  it("names the cities whose time zone is not recorded, and gives their slots no Paris time", () => {
    const programme = programmeOf({
      destinations,
      agenda: [slot("2017-03-02", "11:00", "Technion", "Haifa")],
    });
    expect(programme.citiesWithoutZone).toEqual(["Haifa"]);
    expect(programme.days[0]?.slots[0]).toMatchObject({ city: "Haifa", paris: null });
  });

  it("reads Nice in a slot's place only: a forum named after Nice Côte d'Azur takes place abroad", () => {
    const programme = programmeOf({
      destinations: [destinations[1]!],
      agenda: [slot("2015-10-13", "09:30", "Forum d'affaires Nice Côte d'Azur", "Centre d'affaires")],
    });
    expect(programme.days[0]?.slots[0]).toMatchObject({
      city: "Saint Petersburg",
      paris: { time: "08:30", dayShift: 0 },
    });
  });

  it("places slots before any city is named in the first one the agenda names", () => {
    const programme = programmeOf({
      destinations,
      agenda: [slot("2016-06-14", "08:00", "Petit-déjeuner de travail"), slot("2016-06-14", "10:00", "Xiamen")],
    });
    expect(programme.days[0]?.slots[0]).toMatchObject({ city: "Xiamen", paris: { time: "02:00", dayShift: 0 } });
  });
});
