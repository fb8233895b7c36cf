import { describe, expect, it } from "vitest";
import { generatePassword, hashPassword, passwordProblem, verifyPassword } from "./passwords";

describe("passwords", () => {
  it("verifies the right password and rejects a wrong one", async () => {
    const hash = await hashPassword("mật khẩu của cán bộ");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(hash).not.toContain("mật khẩu");
    await expect(verifyPassword("mật khẩu của cán bộ", hash)).resolves.toBe(true);
    await expect(verifyPassword("mật khẩu của cán bô", hash)).resolves.toBe(false);
  });

  it("salts: the same password hashes differently", async () => {
    expect(await hashPassword("giống nhau 123")).not.toBe(await hashPassword("giống nhau 123"));
  });

  it("treats composed and decomposed Vietnamese the same", async () => {
    const hash = await hashPassword("Hòa Cường 2025");
    await expect(verifyPassword("Hòa Cường 2025".normalize("NFD"), hash)).resolves.toBe(true);
  });

  it("rejects garbage stored hashes instead of throwing", async () => {
    await expect(verifyPassword("x", "not-a-hash")).resolves.toBe(false);
  });

  it("asks for long passwords and generates ones that pass", () => {
    expect(passwordProblem("ngan")).toMatch(/10 ký tự/);
    expect(passwordProblem(generatePassword())).toBeNull();
  });

  it("refuses long but guessable passwords and words about the account (NIST 800-63B)", () => {
    expect(passwordProblem("aaaaaaaaaa")).toMatch(/lặp lại/);
    expect(passwordProblem("password1234")).toMatch(/phổ biến/);
    expect(passwordProblem("hoa-cuong-2026", ["hoa-cuong"])).toMatch(/tên phường|tên đăng nhập/);
    expect(passwordProblem("ấm trà nguội bên hiên mưa", ["admin", "hoa-cuong"])).toBeNull();
    expect(passwordProblem("Mây trắng gõ cửa chiều thu")).toMatch(/câu ví dụ/);
  });
});
