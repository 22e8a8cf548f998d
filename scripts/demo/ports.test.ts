import { createServer } from "node:net";
import { describe, expect, it } from "vitest";
import { assertPortFree, isPortFree } from "./ports";

describe("assertPortFree", () => {
  it("explains how to pick another port when the port is taken", async () => {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    try {
      expect(await isPortFree(port)).toBe(false);
      await expect(assertPortFree(port, "the app", "PORT")).rejects.toThrow(
        `Port ${port} is already in use, so the app cannot start.\nStop the program that uses it, or choose another port: PORT=<port> npm run demo`,
      );
    } finally {
      server.close();
    }
    expect(await isPortFree(port)).toBe(true);
  });
});
