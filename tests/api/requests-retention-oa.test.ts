import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requestEndpoints } from "../../src/shared/api/requests";
import type { ManagedRequest } from "../../src/shared/schemas/requests-admin";
import { OA_MESSAGE_PATH, sendOaText } from "../../src/server/lib/zalo-oa";
import { applyRequestRetention } from "../../src/server/services/request-retention";
import { clientId, photoWithGps, send } from "./request-helpers";
import { as, createStaffFixtures, signIn, type SignedIn } from "./staff-session";
import { startTestApp, type TestApp } from "./test-app";

/** Zalo's OA API as the module must call it; it records what it received and answers like Zalo. */
type Received = { method: string; path: string; token: string | undefined; body: unknown };
let fake: Server;
let fakeUrl: string;
const received: Received[] = [];
const readBody = (req: IncomingMessage) => new Promise<string>((resolve) => {
  let data = "";
  req.on("data", (c) => (data += c));
  req.on("end", () => resolve(data));
});

let t: TestApp;
let clerk: SignedIn;
let address = 0;
const from = () => `10.2.0.${++address}`;

beforeAll(async () => {
  fake = createServer(async (req, res) => {
    const text = await readBody(req);
    received.push({ method: req.method ?? "", path: req.url ?? "", token: req.headers["access_token"] as string | undefined, body: JSON.parse(text || "null") });
    const ok = req.url === OA_MESSAGE_PATH && req.headers["access_token"] === "oa-token-test";
    res.writeHead(200, { "content-type": "application/json" }).end(JSON.stringify(ok ? { error: 0, message: "Success" } : { error: -216, message: "Access token is invalid" }));
  });
  await new Promise<void>((resolve) => fake.listen(0, "127.0.0.1", resolve));
  fakeUrl = `http://127.0.0.1:${(fake.address() as AddressInfo).port}`;
  t = await startTestApp({ RESPONSE_CACHE_TTL_MS: "0", RATE_LIMIT_PER_MINUTE: "100000", ZALO_OA_API_URL: fakeUrl, ZALO_OA_ACCESS_TOKEN: "oa-token-test" });
  await createStaffFixtures(t.db);
  clerk = await signIn(t.app, "editor-hc");
}, 180_000);
afterAll(async () => {
  await t?.close();
  await new Promise((resolve) => fake?.close(resolve));
});

describe("the Zalo OA module", () => {
  it("posts the text to the follower with the access token in its header", async () => {
    received.length = 0;
    expect(await sendOaText({ apiUrl: fakeUrl, accessToken: "oa-token-test" }, "123456789", "Xin chào")).toEqual({ sent: true });
    expect(received).toEqual([{ method: "POST", path: "/v3.0/oa/message/cs", token: "oa-token-test", body: { recipient: { user_id: "123456789" }, message: { text: "Xin chào" } } }]);
  });

  it("reports a refusal by Zalo, sends nothing without a token, and survives an unreachable server", async () => {
    received.length = 0;
    expect(await sendOaText({ apiUrl: fakeUrl, accessToken: "wrong" }, "1", "x")).toEqual({ sent: false, reason: "failed" });
    expect(await sendOaText({ apiUrl: fakeUrl, accessToken: null }, "1", "x")).toEqual({ sent: false, reason: "not-configured" });
    expect(received.length).toBe(1);
    expect(await sendOaText({ apiUrl: "http://127.0.0.1:1", accessToken: "t" }, "1", "x", 1000)).toEqual({ sent: false, reason: "failed" });
  });

  it("tells a follower when their request's status changes, and nobody else", async () => {
    const follower = (await send(t.app, "hoa-cuong", { kind: "report", text: "Nước ngập", zaloUserId: "5550001", clientId: clientId() }, [], from())).body;
    const stranger = (await send(t.app, "hoa-cuong", { kind: "report", text: "Nước ngập", clientId: clientId() }, [], from())).body;
    received.length = 0;
    for (const code of [follower.code, stranger.code]) {
      const url = `/api/v1${requestEndpoints.manageOne.url({ ward: "hoa-cuong", code })}`;
      const one = (await as(t.app, clerk, { url })).json<ManagedRequest>();
      expect(one.oaConfigured).toBe(true);
      expect((await as(t.app, clerk, { method: "PATCH", url, payload: { version: one.version, status: "in-progress" } })).statusCode).toBe(200);
    }
    expect(received.length).toBe(1);
    expect(received[0]?.body).toEqual({ recipient: { user_id: "5550001" }, message: { text: expect.stringContaining(`${follower.code} của bạn: Đang xử lý`) } });
  });
});

describe("retention", () => {
  const NOW = new Date("2027-12-15T00:00:00Z");
  // Codes are unique per ward only (hai-chau and hoa-cuong both start "HC-"): a request is ward + code.
  type Ref = { ward: string; code: string };
  const state = ({ ward, code }: Ref) =>
    t.db.query<{ contact_name: string | null; contact_phone: string | null; zalo_user_id: string | null; photos: number; text: string }>(
      "select contact_name, contact_phone, zalo_user_id, text, (select count(*)::int from request_photos p where p.request_id = r.id) as photos from requests r where ward_slug = $1 and code = $2",
      [ward, code],
    ).then((rows) => rows[0]);
  const closeAt = ({ ward, code }: Ref, at: string) => t.db.query("update requests set status = 'closed', closed_at = $3 where ward_slug = $1 and code = $2", [ward, code, at]);

  it("removes photos, contact and Zalo id of requests closed longer ago than the ward keeps them, and nothing else", async () => {
    await t.db.query("update wards set retention_months = 24 where slug = 'hai-chau'");
    const photo = { bytes: await photoWithGps(200, 150), name: "a.jpg" };
    const contact = { name: "Phạm Văn D", phone: "0905444555", consent: true };
    const make = async (ward: string): Promise<Ref> => ({ ward, code: (await send(t.app, ward, { kind: "report", text: "Rác", contact, zaloUserId: "5550009", clientId: clientId() }, [photo], from())).body.code });
    const expired = await make("hoa-cuong");
    const recent = await make("hoa-cuong");
    const open = await make("hoa-cuong");
    const otherWard = await make("hai-chau");
    await closeAt(expired, "2026-11-01T00:00:00Z"); // 13 months before NOW, hoa-cuong keeps 12
    await closeAt(recent, "2027-02-01T00:00:00Z"); // 10 months
    await closeAt(otherWard, "2026-11-01T00:00:00Z"); // 13 months, but hai-chau keeps 24
    await t.db.query("update requests set created_at = '2026-01-01' where ward_slug = $1 and code = $2", [open.ward, open.code]); // old but open
    const filesBefore = (await t.db.query<{ n: number }>("select count(*)::int as n from stored_files"))[0]!.n;

    const result = await applyRequestRetention(t.db, NOW);
    expect(result).toEqual({ requests: 1, photos: 1 });
    expect(await state(expired)).toEqual({ contact_name: null, contact_phone: null, zalo_user_id: null, photos: 0, text: "Rác" });
    for (const code of [recent, open, otherWard]) expect(await state(code)).toEqual({ contact_name: "Phạm Văn D", contact_phone: "0905444555", zalo_user_id: "5550009", photos: 1, text: "Rác" });
    expect((await t.db.query<{ n: number }>("select count(*)::int as n from stored_files"))[0]!.n).toBe(filesBefore - 1);

    // Running again finds nothing more; the request still answers its resident, without a photo.
    expect(await applyRequestRetention(t.db, NOW)).toEqual({ requests: 0, photos: 0 });
    const view = (await as(t.app, clerk, { url: `/api/v1${requestEndpoints.manageOne.url(expired)}` })).json<ManagedRequest>();
    expect(view).toMatchObject({ contact: null, photoCount: 0, status: "closed" });
  });
});
