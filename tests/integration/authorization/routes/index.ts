import { calendarRouteScenarios } from "./calendar";
import { coreRouteScenarios } from "./core";
import { optionRouteScenarios } from "./options";
import { spreadsheetRouteScenarios } from "./spreadsheets";
import type { RouteScenario } from "./types";

/** How to call each route handler of the matrix, by the matrix's row id. */
export const routeScenarios: Record<string, RouteScenario> = {
  ...coreRouteScenarios,
  ...calendarRouteScenarios,
  ...spreadsheetRouteScenarios,
  ...optionRouteScenarios,
};
