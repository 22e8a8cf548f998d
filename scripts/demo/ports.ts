import { createServer } from "node:net";

/** Resolves true when nothing listens on host:port (so we may), false when it is taken. */
export function isPortFree(port: number, host = "127.0.0.1"): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once("error", () => resolve(false));
    probe.listen(port, host, () => probe.close(() => resolve(true)));
  });
}

export async function assertPortFree(port: number, what: string, variable: string): Promise<void> {
  if (await isPortFree(port)) return;
  throw new Error(
    `Port ${port} is already in use, so ${what} cannot start.\n` +
      `Stop the program that uses it, or choose another port: ${variable}=<port> npm run demo`,
  );
}
