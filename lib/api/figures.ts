import "server-only";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { can } from "@/lib/policy";
import { parseDashboardYear } from "@/lib/dashboard/definitions";
import { figureNames, type FigureName, type KeyFigures } from "@/lib/dashboard/figures";
import { getYearFigures } from "@/lib/dashboard/year-figures";
import { loadMessages } from "@/lib/i18n/messages";
import dashboardEn from "@/messages/en/dashboard.json";
import { apiRoute, jsonResponse } from "./handler";
import type { ExtraOperations } from "./openapi";
import { ApiProblem, problemKinds, type ProblemField, type ProblemKind } from "./problem";
import { acceptedYears, parisDay } from "@/lib/time";
import { intlLocaleOf, type AppLocale } from "@/lib/i18n/config";

// GET /api/v1/figures: the dashboard's key figures for a year or a range of years, computed by
// the dashboard's own queries (lib/dashboard), with the definitions the dashboard shows next to
// them. A closed year answers its published figures, and the live ones alongside.

type FigureValues = Record<FigureName, number>;

const figureCount = (name: FigureName) =>
  z
    .number()
    .int()
    .min(0)
    .meta({
      description: `${dashboardEn.dashboard.figures[name].label}: ${dashboardEn.dashboard.figures[name].definition.replaceAll("{year}", "YYYY")}`,
    });

const figureShape = Object.fromEntries(figureNames.map((name) => [name, figureCount(name)])) as Record<
  FigureName,
  ReturnType<typeof figureCount>
>;
const figureValues = z.object(figureShape);

export const keyFiguresSchema = figureValues.extend({
  year: z.number().int(),
  definitions: z
    .object(Object.fromEntries(figureNames.map((name) => [name, z.string()])) as Record<FigureName, z.ZodString>)
    .meta({
      description: "What each figure counts, in the caller's language, as the dashboard writes it next to the figure.",
    }),
  closed: z
    .boolean()
    .meta({ description: "true when the year was closed: the figures above are then the published ones." }),
  published: figureValues
    .nullable()
    .meta({ description: "The figures frozen when the year was closed; null for a year not closed." }),
  live: figureValues.meta({ description: "The figures computed from the records now." }),
});

export type KeyFiguresEntry = z.output<typeof keyFiguresSchema>;

const valuesOf = (figures: KeyFigures): FigureValues =>
  Object.fromEntries(figureNames.map((name) => [name, figures[name]])) as FigureValues;

async function definitionsIn(locale: AppLocale) {
  const t = createTranslator({ locale: intlLocaleOf[locale], messages: await loadMessages(locale) }) as unknown as (
    key: string,
    values: { year: number },
  ) => string;
  return (year: number) =>
    Object.fromEntries(
      figureNames.map((name) => [name, t(`dashboard.figures.${name}.definition`, { year })]),
    ) as Record<FigureName, string>;
}

/** The key figures of every year from `from` to `to`, oldest first (lib/dashboard/year-figures.ts, as the dashboard shows them). */
export async function listKeyFigures(from: number, to: number, locale: AppLocale): Promise<KeyFiguresEntry[]> {
  const [series, definitions] = await Promise.all([getYearFigures(from, to), definitionsIn(locale)]);
  return series.map(({ year, shown, live, published }) => ({
    year,
    ...valuesOf(shown),
    definitions: definitions(year),
    closed: published !== null,
    published: published && valuesOf(published),
    live: valuesOf(live),
  }));
}

/** A range is capped (the dashboard's year bounds keep it far below this already). */
export const maxSpanYears = 100;

const parameterNames = ["year", "from", "to"] as const;
type ParameterName = (typeof parameterNames)[number];

/**
 * `?year=Y` or `?from=A&to=B`, each one of the accepted years (lib/time.ts). Unknown,
 * repeated, invalid or missing parameters are a 400 listing each one, never a silent default.
 */
export function readFiguresQuery(url: URL, now: Date): { from: number; to: number; isRange: boolean } {
  const currentYear = Number(parisDay(now).slice(0, 4));
  const years: Partial<Record<ParameterName, number>> = {};
  const problems: ProblemField[] = [];
  const refuse = (field: string, code: string, message: string) => problems.push({ field, code, message });
  for (const [name, value] of url.searchParams) {
    const known = parameterNames.find((candidate) => candidate === name);
    if (!known) refuse(name, "unknownParameter", `Unknown query parameter "${name}".`);
    else if (known in years) refuse(name, "repeatedParameter", `The parameter "${name}" is given twice.`);
    else {
      const year = value === "" ? "invalid" : parseDashboardYear(value, currentYear);
      if (year === "invalid")
        refuse(
          name,
          "invalidParameter",
          `"${value}" is not a year from ${acceptedYears.first} to ${acceptedYears.last}.`,
        );
      years[known] = year === "invalid" ? Number.NaN : year;
    }
  }
  const { year, from, to } = years;
  if (year !== undefined && (from !== undefined || to !== undefined))
    refuse("year", "conflictingParameters", "Give either year, or from and to.");
  else if (year === undefined && from === undefined && to === undefined)
    refuse("year", "required", "Give year, or from and to.");
  else if (year === undefined && (from === undefined || to === undefined))
    refuse(from === undefined ? "from" : "to", "required", "A range needs both from and to.");
  else if (from !== undefined && to !== undefined && to < from)
    refuse("to", "invalidRange", "to must not be before from.");
  else if (from !== undefined && to !== undefined && to - from + 1 > maxSpanYears)
    refuse("to", "rangeTooLong", `A range covers at most ${maxSpanYears} years.`);
  if (problems.length > 0)
    throw new ApiProblem("malformedRequest", "Some query parameters are not valid.", { errors: problems });
  return year !== undefined ? { from: year, to: year, isRange: false } : { from: from!, to: to!, isRange: true };
}

/** Who may open the dashboard (components/app-shell/areas.ts) may read its figures; partners may not. */

export const getFigures = apiRoute(async ({ request, user, t }) => {
  if (!can(user, "figures.read")) throw new ApiProblem("forbidden", t.error("forbidden"));
  const query = readFiguresQuery(new URL(request.url), new Date());
  const entries = await listKeyFigures(query.from, query.to, user.locale);
  return jsonResponse(query.isRange ? { data: entries } : entries[0]);
});

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output" }) as Record<
    string,
    unknown
  >;
  return rest;
}

const problems = (...kinds: ProblemKind[]) =>
  Object.fromEntries(
    kinds.map((kind) => [String(problemKinds[kind].status), { $ref: `#/components/responses/${kind}` }]),
  );

const yearParameter = (name: string, description: string) => ({
  name,
  in: "query",
  required: false,
  description,
  schema: { type: "integer", minimum: acceptedYears.first, maximum: acceptedYears.last },
});

/** The figures operation for the OpenAPI document (lib/api/contract.ts). */
export const figuresOperations: ExtraOperations = {
  tag: {
    name: "Figures",
    description: "The dashboard's key figures, computed from the records; published values for closed years.",
  },
  paths: {
    "/api/v1/figures": {
      get: {
        operationId: "getKeyFigures",
        tags: ["Figures"],
        summary: "The dashboard's key figures for a year, or for each year of a range",
        description:
          `Give \`year\`, or \`from\` and \`to\` (at most ${maxSpanYears} years, from ${acceptedYears.first} to ${acceptedYears.last}). ` +
          "With `year` the answer is one entry; with a range, `{ data: [...] }`. " +
          "The four top-level figures are the published ones when the year was closed, else the live ones. ADMIN, STAFF and MANAGER.",
        parameters: [
          yearParameter("year", "One year (YYYY)."),
          yearParameter("from", "The first year of a range, with `to`."),
          yearParameter("to", "The last year of a range, with `from`."),
        ],
        responses: {
          200: {
            description: "One year's figures, or one entry per year of the range.",
            content: {
              "application/json": {
                schema: {
                  oneOf: [
                    { $ref: "#/components/schemas/KeyFigures" },
                    { $ref: "#/components/schemas/KeyFiguresSeries" },
                  ],
                },
              },
            },
          },
          ...problems("malformedRequest", "unauthenticated", "forbidden", "tooManyRequests"),
        },
      },
    },
  },
  schemas: {
    KeyFigures: jsonSchema(keyFiguresSchema),
    KeyFiguresSeries: {
      type: "object",
      required: ["data"],
      properties: { data: { type: "array", items: { $ref: "#/components/schemas/KeyFigures" } } },
    },
  },
};
