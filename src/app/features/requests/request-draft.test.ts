import { describe, expect, it } from "vitest";
import { NewRequestSchema } from "../../../shared/schemas/requests";
import { Value } from "typebox/value";
import { contactProblem, draftProblem, emptyDraft, newClientId, textProblem, toNewRequest } from "./request-draft";

describe("the request form's state", () => {
  it("needs only a kind and some text", () => {
    const draft = emptyDraft();
    expect(draftProblem(draft)).toMatch(/chọn loại/);
    expect(draftProblem({ ...draft, kind: "report" })).toMatch(/viết vài câu/);
    expect(draftProblem({ ...draft, kind: "report", text: "  Ổ gà trước chợ  " })).toBeNull();
  });

  it("counts 1–2000 characters after trimming", () => {
    expect(textProblem("   ")).not.toBeNull();
    expect(textProblem("a".repeat(2000))).toBeNull();
    expect(textProblem("a".repeat(2001))).toMatch(/2000/);
  });

  it("asks for name, a Vietnamese phone and consent only when the resident wants a call", () => {
    const base = { ...emptyDraft(), kind: "question" as const, text: "Hỏi" };
    expect(contactProblem(base)).toBeNull();
    const wants = { ...base, wantsCall: true };
    expect(contactProblem(wants)).toMatch(/tên/);
    expect(contactProblem({ ...wants, name: "Bà Lan", phone: "12345" })).toMatch(/Số điện thoại/);
    expect(contactProblem({ ...wants, name: "Bà Lan", phone: "0905 123 456" })).toMatch(/đồng ý/);
    expect(contactProblem({ ...wants, name: "Bà Lan", phone: "0905.123.456", consent: true })).toBeNull();
  });

  it("builds a request the contract accepts, with only what was given", () => {
    const draft = { ...emptyDraft(newClientId()), kind: "report" as const, text: " Cây đổ chắn đường ", place: { type: "area" as const, areaId: "to-5", areaName: "Tổ 5" } };
    const plain = toNewRequest(draft);
    expect(plain).toEqual({ kind: "report", text: "Cây đổ chắn đường", areaId: "to-5", clientId: draft.clientId });
    expect(Value.Check(NewRequestSchema, plain)).toBe(true);
    const full = toNewRequest({ ...draft, place: { type: "location", lat: 16.04, lng: 108.22 }, wantsCall: true, name: " Lan ", phone: "0905 123 456", consent: true });
    expect(full).toMatchObject({ location: { lat: 16.04, lng: 108.22 }, contact: { name: "Lan", phone: "0905123456", consent: true } });
    expect(full).not.toHaveProperty("areaId");
    expect(Value.Check(NewRequestSchema, full)).toBe(true);
    // Someone who said no to a call sends no contact, even if they typed one first.
    expect(toNewRequest({ ...draft, wantsCall: false, name: "Lan", phone: "0905123456", consent: true })).not.toHaveProperty("contact");
  });

  it("sends the Zalo id for the ward's OA only when the resident ticked “Nhận tin báo kết quả qua Zalo”", () => {
    const draft = { ...emptyDraft(), kind: "report" as const, text: "Đèn đường hỏng" };
    expect(draft).toMatchObject({ notifyByZalo: false, zaloUserId: null });
    expect(toNewRequest(draft)).not.toHaveProperty("zaloUserId");
    const withConsent = toNewRequest({ ...draft, notifyByZalo: true, zaloUserId: "8765432109876543" });
    expect(withConsent.zaloUserId).toBe("8765432109876543");
    expect(Value.Check(NewRequestSchema, withConsent)).toBe(true);
    // Unticked after the id was read: the id stays on the phone, it is not sent.
    expect(toNewRequest({ ...draft, notifyByZalo: false, zaloUserId: "8765432109876543" })).not.toHaveProperty("zaloUserId");
    // Ticked but Zalo gave no id (not following the OA, or outside Zalo): nothing to send.
    expect(toNewRequest({ ...draft, notifyByZalo: true, zaloUserId: null })).not.toHaveProperty("zaloUserId");
    // A draft saved by an older version of the app, without the fields.
    const { notifyByZalo: _n, zaloUserId: _z, ...old } = draft;
    expect(toNewRequest(old as typeof draft)).not.toHaveProperty("zaloUserId");
  });

  it("gives each draft its own clientId in the contract's shape", () => {
    const a = newClientId();
    expect(a).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(newClientId()).not.toBe(a);
  });
});
