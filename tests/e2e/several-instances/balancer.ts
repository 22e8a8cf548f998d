// A load balancer for the several-instances test: one public address in front of two app servers,
// sending each request to the instance the test chooses (real balancers choose by round robin or
// load; the test chooses so it can say which instance served what). Like a real one, it keeps the
// Host header and overwrites X-Forwarded-For with the client's address.
import http from "node:http";
import type { AddressInfo } from "node:net";

export type InstanceName = "A" | "B";
export type Served = { instance: InstanceName; method: string; path: string; isServerAction: boolean };

export type Balancer = {
  url: string;
  /** Where the next requests go. */
  sendTo(instance: InstanceName): void;
  /** Every request forwarded so far, in order. */
  served: Served[];
  close(): Promise<void>;
};

export async function startBalancer(ports: Record<InstanceName, number>): Promise<Balancer> {
  let target: InstanceName = "A";
  const served: Served[] = [];
  const server = http.createServer((request, response) => {
    const instance = target;
    served.push({
      instance,
      method: request.method ?? "GET",
      path: request.url ?? "/",
      isServerAction: request.headers["next-action"] !== undefined,
    });
    const upstream = http.request(
      {
        host: "127.0.0.1",
        port: ports[instance],
        method: request.method,
        path: request.url,
        headers: { ...request.headers, "x-forwarded-for": request.socket.remoteAddress ?? "127.0.0.1" },
      },
      (answer) => {
        response.writeHead(answer.statusCode ?? 502, answer.rawHeaders);
        answer.pipe(response);
      },
    );
    upstream.on("error", () => {
      if (!response.headersSent) response.writeHead(502);
      response.end();
    });
    request.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    sendTo: (instance) => {
      target = instance;
    },
    served,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
