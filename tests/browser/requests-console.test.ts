import { beforeAll, describe, expect, it } from "vitest";
import { requestEndpoints } from "../../src/shared/api/requests";
import type { PublicAnswer, RequestCreated } from "../../src/shared/schemas/requests";
import { addStaff } from "../../src/server/services/staff-accounts";
import { SCREENSHOT_DIR, seriousAxeViolations } from "./browser";
import { useBrowserSession } from "./session";

const session = useBrowserSession();
const CLERK = { login: "can-bo-tiep-dan", password: "mat-khau-tiep-dan-2026" };
let sent: RequestCreated;

beforeAll(async () => {
  await addStaff(session.server.db, { login: CLERK.login, name: "Chị Hoa (tiếp dân)", role: "editor", wards: ["hoa-cuong"], password: CLERK.password });
  // What the mini app sends: a multipart body with the `request` part.
  const form = new FormData();
  form.append("request", JSON.stringify({ kind: "question", text: "Tôi là Nguyễn Văn An, số 0905123456. Làm lại giấy khai sinh bị mất ở đâu?", contact: { name: "Nguyễn Văn An", phone: "0905123456", consent: true }, clientId: "browser-test-0001" }));
  const res = await fetch(`${session.base}/api/v1${requestEndpoints.create.url({ ward: "hoa-cuong" })}`, { method: "POST", body: form });
  expect(res.status).toBe(201);
  sent = (await res.json()) as RequestCreated;
});

describe("the console's Phản ánh inbox", () => {
  it("a clerk answers a request and publishes it to Hỏi đáp without the resident's name or phone", async () => {
    const context = await session.newContext({ viewport: { width: 1366, height: 768 } });
    const page = await context.newPage();
    await page.goto(`${session.base}/console/`);
    await page.getByLabel("Tên đăng nhập").fill(CLERK.login);
    await page.getByLabel("Mật khẩu").fill(CLERK.password);
    await page.getByRole("button", { name: "Đăng nhập" }).click();
    await page.getByRole("button", { name: "Phản ánh", exact: true }).click();
    await page.getByRole("heading", { name: "Phản ánh, góp ý của người dân" }).waitFor();
    await page.getByRole("button", { name: sent.code }).click();
    await page.getByText("Nguyễn Văn An · 0905123456").waitFor();
    await page.getByText("Chưa cấu hình Zalo OA").waitFor();

    await page.getByLabel("Câu trả lời").fill("Bác mang căn cước đến Bộ phận một cửa của phường để làm thủ tục cấp lại giấy khai sinh.");
    await page.getByLabel("Đăng cả lên Hỏi đáp cho mọi người xem").check();
    await page.getByLabel(/Câu hỏi đăng lên Hỏi đáp/).fill("Làm lại giấy khai sinh bị mất ở đâu?");
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-request-reply.png`, fullPage: false });
    await page.getByRole("button", { name: "Gửi trả lời" }).click();
    await page.getByRole("status").filter({ hasText: "đăng lên Hỏi đáp" }).waitFor();
    expect(await seriousAxeViolations(page)).toEqual([]);

    const answers = await session.api<{ items: PublicAnswer[] }>(`${requestEndpoints.answers.url({ ward: "hoa-cuong" })}?q=khai%20sinh`);
    expect(answers.items.map((a) => a.question)).toEqual(["Làm lại giấy khai sinh bị mất ở đâu?"]);
    expect(JSON.stringify(answers)).not.toMatch(/Nguyễn Văn An|0905123456/);

    await page.getByRole("button", { name: "← Danh sách phản ánh" }).click();
    await page.getByRole("button", { name: sent.code }).waitFor();
    await page.screenshot({ path: `${SCREENSHOT_DIR}console-request-inbox.png` });
  });
});
