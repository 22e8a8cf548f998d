import type { Page } from "@playwright/test";
import { demoPassword, demoUsers } from "@/prisma/demo/users";
import { expect, test } from "./fixtures";
import { signedOut } from "./roles";
import { startBalancer, type Balancer, type InstanceName } from "./several-instances/balancer";
import { choosePorts, startCluster, type Cluster } from "./several-instances/cluster";

// Several instances (docs/reliability.md): two production servers (A and B) of one build, on different ports, against one
// database, behind a balancer that sends each request where the test says. Sessions, server
// actions, sign-in lockouts and API rate limits must not care which instance answers.

const apiLimitPerMinute = 6;
const wrongCredentials = "Adresse e-mail ou mot de passe incorrect.";
const accountLocked = "Trop de tentatives échouées : la connexion à ce compte est bloquée pendant 15 minutes.";

let balancer: Balancer;
let cluster: Cluster;
let ports: Record<InstanceName, number>;

test.describe.configure({ mode: "serial" });
// A refused sign-in answers 401, which the browser logs as a console error.
test.use({ storageState: signedOut, expectedConsoleErrors: [/status of 401/] });

test.beforeAll(async () => {
  test.setTimeout(240_000);
  ports = await choosePorts();
  balancer = await startBalancer(ports);
  cluster = await startCluster(ports, balancer.url, { API_RATE_LIMIT_PER_MINUTE: String(apiLimitPerMinute) });
});

test.afterAll(async () => {
  await balancer?.close();
  await cluster?.stop();
});

/** The requests served since `mark` (an index into balancer.served). */
const servedSince = (mark: number) => balancer.served.slice(mark);

async function signIn(page: Page, email: string, password: string) {
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
}

async function signInAsStaffOn(page: Page, instance: InstanceName) {
  balancer.sendTo(instance);
  const mark = balancer.served.length;
  await page.goto(`${balancer.url}/sign-in`);
  await signIn(page, demoUsers[1].email, demoPassword);
  await expect(page).toHaveURL(/\/dashboard$/);
  const signInPosts = servedSince(mark).filter(
    (request) => request.method === "POST" && request.path.startsWith("/api/auth/callback/credentials"),
  );
  expect(signInPosts.map((request) => request.instance)).toEqual([instance]);
}

test("a session made on instance A works on instance B", async ({ page }) => {
  await signInAsStaffOn(page, "A");

  balancer.sendTo("B");
  const mark = balancer.served.length;
  await page.goto(`${balancer.url}/missions`);
  await expect(page).toHaveURL(/\/missions$/);
  await expect(page.locator("aside").getByText("Sophie Staff")).toBeVisible();
  expect(servedSince(mark).every((request) => request.instance === "B")).toBe(true);

  // The same cookie sent straight to B's own port, no balancer in between: a page, not the sign-in redirect.
  const direct = await page.request.get(`http://127.0.0.1:${ports.B}/dashboard`, { maxRedirects: 0 });
  expect(direct.status()).toBe(200);
});

test("signing out on B ends the session on A too", async ({ page }) => {
  await signInAsStaffOn(page, "A");
  const cookie = (await page.context().cookies()).map(({ name, value }) => `${name}=${value}`).join("; ");
  balancer.sendTo("B");
  await page.goto(`${balancer.url}/dashboard`);
  // Signing out is next-auth's client call: wait until the page's script is running.
  await page.waitForLoadState("networkidle");
  await page.locator("aside").getByRole("button", { name: "Se déconnecter" }).click();
  await expect(page).toHaveURL(/\/sign-in/);

  // The cookie copied before, replayed straight to A: the session row is ended for every instance.
  const replayed = await fetch(`http://127.0.0.1:${ports.A}/dashboard`, { headers: { cookie }, redirect: "manual" });
  expect(replayed.status).toBeGreaterThanOrEqual(300);
  expect(replayed.status).toBeLessThan(400);
  expect(replayed.headers.get("location")).toMatch(/\/sign-in/);
});

test("a server-action form rendered by A is submitted to B", async ({ page }) => {
  await signInAsStaffOn(page, "A");
  const name = `Commune des deux serveurs ${Date.now().toString(36)}`;
  balancer.sendTo("A");
  await page.goto(`${balancer.url}/towns/new`);
  await page.getByLabel("Nom", { exact: true }).fill(name);
  await page.getByLabel("Connectée le").fill("2016-06-01");

  balancer.sendTo("B");
  const mark = balancer.served.length;
  await page.getByRole("button", { name: "Créer" }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  const actions = servedSince(mark).filter((request) => request.isServerAction);
  expect(actions.map((request) => `${request.instance} ${request.method}`)).toEqual(["B POST"]);

  // And A, which rendered the form, lists what B saved.
  balancer.sendTo("A");
  await page.goto(`${balancer.url}/towns?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("main").getByRole("link", { name })).toBeVisible();
});

test("10 failed sign-ins split across A and B lock the account on both", async ({ page }) => {
  const manager = demoUsers[2].email;
  const mark = balancer.served.length;
  await page.goto(`${balancer.url}/sign-in`);
  for (let attempt = 1; attempt <= 10; attempt += 1) {
    balancer.sendTo(attempt % 2 === 1 ? "A" : "B");
    await signIn(page, manager, `wrong password ${attempt}`);
    await expect(page.locator("main").getByRole("alert")).toHaveText(attempt < 10 ? wrongCredentials : accountLocked);
  }
  const attemptsByInstance = servedSince(mark).filter((request) =>
    request.path.startsWith("/api/auth/callback/credentials"),
  );
  expect(attemptsByInstance.filter((request) => request.instance === "A")).toHaveLength(5);
  expect(attemptsByInstance.filter((request) => request.instance === "B")).toHaveLength(5);

  // Now even the right password is refused, whichever instance answers.
  for (const instance of ["A", "B"] as const) {
    balancer.sendTo(instance);
    await signIn(page, manager, demoPassword);
    await expect(page.locator("main").getByRole("alert")).toHaveText(accountLocked);
    await expect(page).toHaveURL(/\/sign-in/);
  }
});

test(`the API's ${apiLimitPerMinute} requests a minute are counted across A and B`, async ({ request }) => {
  // Fixed one-minute windows: start early in one, so the whole sequence falls inside it.
  const secondsIntoMinute = new Date().getSeconds();
  if (secondsIntoMinute > 45) await new Promise((resolve) => setTimeout(resolve, (61 - secondsIntoMinute) * 1000));
  // The balancer's address for this client, as a real balancer would set it.
  const headers = { "x-forwarded-for": "203.0.113.7" };
  const statuses: string[] = [];
  for (let call = 0; call < apiLimitPerMinute + 2; call += 1) {
    const instance = call % 2 === 0 ? "A" : "B";
    const response = await request.get(`http://127.0.0.1:${ports[instance]}/api/v1/towns`, { headers });
    statuses.push(`${instance} ${response.status()}`);
  }
  // Anonymous calls within the budget are refused for want of a token (401); past it, 429 on both.
  expect(statuses).toEqual(["A 401", "B 401", "A 401", "B 401", "A 401", "B 401", "A 429", "B 429"]);
});
