// SQL helpers of the generator, created in pg_temp so they vanish with its session. Everything is
// derived from hashes of the row number (hashint8extended), never from random(): the same scale
// gives the same history on every run, so two runs compare like with like.

/** Sizes and time span of the history to generate. */
export type HistoryShape = {
  firstYear: number;
  lastYear: number;
  partners: number;
  destinations: number;
  missions: number;
  delegations: number;
  events: number;
  jointActions: number;
  agreements: number;
  towns: number;
};

/** How many of the first destinations are the brochure's priority cities (the most visited). */
export const priorityCityCount = 20;

export function helperFunctions(shape: HistoryShape): string[] {
  const firstDay = `make_date(${shape.firstYear}, 1, 1)`;
  const dayCount = `(make_date(${shape.lastYear + 1}, 1, 1) - ${firstDay})`;
  return [
    // A number in [0, 1) from row i and a salt, stable across runs.
    `CREATE FUNCTION pg_temp.r(i bigint, salt int) RETURNS float8 IMMUTABLE LANGUAGE sql AS
      $$ SELECT (hashint8extended(i, salt) & 4503599627370495)::float8 / 4503599627370496 $$`,
    // An integer in [0, n).
    `CREATE FUNCTION pg_temp.pick(i bigint, salt int, n int) RETURNS int IMMUTABLE LANGUAGE sql AS
      $$ SELECT floor(pg_temp.r(i, salt) * n)::int $$`,
    // A cuid-shaped id (25 characters) for row i of a kind.
    `CREATE FUNCTION pg_temp.bid(kind text, i bigint) RETURNS text IMMUTABLE LANGUAGE sql AS
      $$ SELECT 'c' || substr(md5(kind || ':' || i), 1, 24) $$`,
    // A calendar day of the history.
    `CREATE FUNCTION pg_temp.day_of(i bigint, salt int) RETURNS date IMMUTABLE LANGUAGE sql AS
      $$ SELECT ${firstDay} + pg_temp.pick(i, salt, ${dayCount}) $$`,
    // An instant of the history: a day, between 08:00 and 19:45 Paris time.
    `CREATE FUNCTION pg_temp.instant_of(i bigint, salt int) RETURNS timestamptz IMMUTABLE LANGUAGE sql AS
      $$ SELECT ((pg_temp.day_of(i, salt) + make_interval(hours => 8 + pg_temp.pick(i, salt + 1, 12), mins => 15 * pg_temp.pick(i, salt + 2, 4)))
                 AT TIME ZONE 'Europe/Paris') $$`,
    // A destination (1-based): three in ten go to the priority cities, the rest anywhere.
    `CREATE FUNCTION pg_temp.destination_of(i bigint, salt int) RETURNS int IMMUTABLE LANGUAGE sql AS
      $$ SELECT 1 + CASE WHEN pg_temp.r(i, salt) < 0.3 THEN pg_temp.pick(i, salt + 1, ${Math.min(priorityCityCount, shape.destinations)})
                         ELSE pg_temp.pick(i, salt + 1, ${shape.destinations}) END $$`,
    // A partner (1-based): half of the records involve the programme's eight main organisations.
    `CREATE FUNCTION pg_temp.partner_of(i bigint, salt int) RETURNS int IMMUTABLE LANGUAGE sql AS
      $$ SELECT 1 + CASE WHEN pg_temp.r(i, salt) < 0.5 THEN pg_temp.pick(i, salt + 1, ${Math.min(8, shape.partners)})
                         ELSE pg_temp.pick(i, salt + 1, ${shape.partners}) END $$`,
    // One of a text array's elements.
    `CREATE FUNCTION pg_temp.one_of(i bigint, salt int, items text[]) RETURNS text IMMUTABLE LANGUAGE sql AS
      $$ SELECT items[1 + pg_temp.pick(i, salt, cardinality(items))] $$`,
  ];
}
