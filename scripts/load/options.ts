import { parseArgs } from "node:util";

// `npm run load -- --url http://localhost:3000 --users 100 --duration 60 [--think 1000]`

export type LoadOptions = { url: string; users: number; durationSeconds: number; thinkMs: number; password: string };

export const usage =
  "Usage: npm run load -- --url <app URL> [--users 100] [--duration 60] [--think 1000] [--password <demo password>]";

function positive(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`--${name} must be a whole number, not "${text}".\n${usage}`);
  return value;
}

export function readOptions(argv: string[], demoPassword: string): LoadOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      url: { type: "string" },
      users: { type: "string" },
      duration: { type: "string" },
      think: { type: "string" },
      password: { type: "string" },
    },
    strict: true,
  });
  const url = values.url ?? "http://localhost:3000";
  if (!/^https?:\/\//.test(url)) throw new Error(`--url must be the app's http(s) address, not "${url}".\n${usage}`);
  const users = positive("users", values.users, 100);
  if (users < 1) throw new Error(`--users must be at least 1.\n${usage}`);
  return {
    url: url.replace(/\/$/, ""),
    users,
    durationSeconds: positive("duration", values.duration, 60),
    // A person reads a page before the next click: a mean pause, drawn between 0 and twice it.
    thinkMs: positive("think", values.think, 1000),
    password: values.password ?? demoPassword,
  };
}
