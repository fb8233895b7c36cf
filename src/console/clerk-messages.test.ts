import { AxiosError, AxiosHeaders } from "axios";
import { describe, expect, it } from "vitest";
import { errorMessage } from "./console-api";

// The console shows a clerk Vietnamese that names the field on the form and says what to do, never
// the API's developer text (the third note of the attack report of issue 13).

const refused = (status: number, data: object) =>
  new AxiosError("refused", "ERR_BAD_REQUEST", undefined, undefined, { status, statusText: "", headers: {}, config: { headers: new AxiosHeaders() }, data });

describe("what a clerk reads when the API refuses", () => {
  it("names the field by its label on the form, in Vietnamese only", () => {
    const text = errorMessage(refused(400, { code: "VALIDATION_FAILED", field: "title", message: 'Trường "title" không được để trống. (Invalid request: body/title must not be empty.)' }));
    expect(text).toBe('Ô "Tiêu đề" không được để trống. Hãy sửa ô này rồi bấm lưu lại.');
    expect(text).not.toMatch(/Invalid|body\/|must|api\/docs/);
  });

  it("says which member's phone is wrong", () => {
    const text = errorMessage(refused(400, { code: "VALIDATION_FAILED", field: "members/2/phone", message: 'Trường "members/2/phone" không đúng dạng. (Invalid request: body/members/2/phone has the wrong form.)' }));
    expect(text).toBe('Ô "Điện thoại thành viên 3" không đúng dạng. Hãy sửa ô này rồi bấm lưu lại.');
  });

  it("explains a version conflict and what to do", () => {
    expect(errorMessage(refused(409, { code: "STALE_VERSION", currentVersion: 4, message: "… (Stale version.)" }))).toMatch(/vừa được người khác sửa.*tải lại/);
  });

  it("keeps the API's Vietnamese for sign-in and passwords, without the English", () => {
    const text = errorMessage(refused(422, { code: "WEAK_PASSWORD", message: "Mật khẩu này là mật khẩu phổ biến mà kẻ gian thử đầu tiên. Hãy dùng một câu ngắn. (Password too easy to guess.)" }));
    expect(text).toBe("Mật khẩu này là mật khẩu phổ biến mà kẻ gian thử đầu tiên. Hãy dùng một câu ngắn.");
  });

  it("says what to do when the network is down", () => {
    expect(errorMessage(new AxiosError("Network Error", "ERR_NETWORK"))).toMatch(/kết nối/);
  });
});
