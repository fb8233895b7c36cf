import { describe, expect, it } from "vitest";
import { excerptOf, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders lists, bold text and links", () => {
    const html = renderMarkdown("**Mang theo:**\n\n- Căn cước\n- Điện thoại\n\n[Cổng DVC](https://dichvucong.gov.vn)");
    expect(html).toContain("<strong>Mang theo:</strong>");
    expect(html).toContain("<li>Căn cước</li>");
    expect(html).toContain('href="https://dichvucong.gov.vn"');
    expect(html).toContain('rel="noopener noreferrer"');
  });

  it("removes scripts, event handlers and javascript: links", () => {
    const html = renderMarkdown('<script>alert(1)</script><img src=x onerror="alert(1)"> <b onclick="x()">b</b>\n\nBấm [vào đây](javascript:alert(1))');
    expect(html).not.toMatch(/<script|onerror|onclick|href="javascript:|<img/i);
    expect(html).toContain("vào đây");
  });
});

describe("excerptOf", () => {
  it("leaves a table out instead of running its cells together", () => {
    expect(excerptOf("Mời các hộ dự họp.\n\n| Giờ | Việc |\n|---|---|\n| 19:00 | Điểm danh |\n\nMang theo căn cước.")).toBe("Mời các hộ dự họp. Mang theo căn cước.");
  });

  it("gives plain text without Markdown marks", () => {
    expect(excerptOf("## Lịch\n\n**Chủ nhật** này, 7:30 & 10:30")).toBe("Lịch Chủ nhật này, 7:30 & 10:30");
  });

  it("cuts long text at a word boundary with an ellipsis", () => {
    const excerpt = excerptOf("Tổ công nghệ số ".repeat(30), 50);
    expect(excerpt.length).toBeLessThanOrEqual(51);
    expect(excerpt.endsWith("…")).toBe(true);
    expect(excerpt).not.toMatch(/ …$/);
  });
  it("keeps a Markdown table as a table, without attributes", () => {
    const html = renderMarkdown("| Ngày | Giờ |\n|---|---|\n| Thứ Hai | 7:30 <b onclick=\"x()\">b</b> |");
    expect(html).toContain("<table>");
    expect(html).toContain("<th>Ngày</th>");
    expect(html).toContain("<td>Thứ Hai</td>");
    expect(html).not.toContain("onclick");
    expect(html).not.toMatch(/<t[dh] [^>]*>/);
  });
});
