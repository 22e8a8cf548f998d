// A TCP proxy between the app server and PostgreSQL that sees every statement the app sends. The
// benchmark sends one request at a time through it, so the statements seen while a request runs
// are that request's: their number is its "SQL queries per request", and their text and
// parameters are what the floor replays straight against PostgreSQL.
import { createServer, connect, type AddressInfo, type Server, type Socket } from "node:net";
import { FrontendParser, type CapturedStatement } from "./pg-frontend-parser";

export type QueryProxy = {
  /** postgresql:// URL of `databaseUrl`'s database, through the proxy. */
  url: string;
  /** Starts a new capture; statements seen until `stopCapture` are returned by it. */
  startCapture(): void;
  stopCapture(): CapturedStatement[];
  close(): Promise<void>;
};

export async function startQueryProxy(databaseUrl: string): Promise<QueryProxy> {
  const target = new URL(databaseUrl);
  const sockets = new Set<Socket>();
  let capture: CapturedStatement[] | null = null;
  let parseError: Error | null = null;

  const server: Server = createServer((client) => {
    const upstream = connect(Number(target.port || 5432), target.hostname);
    sockets.add(client).add(upstream);
    const parser = new FrontendParser((statement) => capture?.push(statement));
    client.on("data", (chunk: Buffer) => {
      try {
        parser.push(chunk);
      } catch (error) {
        // Forwarding goes on; the capture is reported as unreliable when it is read.
        parseError ??= error instanceof Error ? error : new Error(String(error));
      }
    });
    client.pipe(upstream);
    upstream.pipe(client);
    const closeBoth = () => {
      client.destroy();
      upstream.destroy();
      sockets.delete(client);
      sockets.delete(upstream);
    };
    client.on("error", closeBoth).on("close", closeBoth);
    upstream.on("error", closeBoth).on("close", closeBoth);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const proxied = new URL(databaseUrl);
  proxied.hostname = "127.0.0.1";
  proxied.port = String(port);
  // The proxy reads the protocol in clear: never let the client negotiate TLS through it.
  proxied.searchParams.set("sslmode", "disable");

  return {
    url: proxied.toString(),
    startCapture() {
      capture = [];
    },
    stopCapture() {
      if (parseError) throw new Error(`The query proxy could not read the PostgreSQL protocol: ${parseError.message}`);
      const statements = capture ?? [];
      capture = null;
      return statements;
    },
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
