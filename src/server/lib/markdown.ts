import { Marked } from "marked";
import sanitizeHtml from "sanitize-html";

// A private instance so no other module's marked options leak in.
const marked = new Marked({ gfm: true, breaks: true, async: false });

const ALLOWED = {
  // Tables (a schedule, a fee list) stay tables; the app lets a wide one scroll sideways.
  allowedTags: ["p", "br", "strong", "em", "ul", "ol", "li", "a", "h2", "h3", "h4", "blockquote", "code", "hr", "table", "thead", "tbody", "tr", "th", "td"],
  allowedAttributes: { a: ["href"] },
  allowedSchemes: ["https", "http", "tel", "mailto"],
  // Links leave the mini app; they must not be able to script the page that opened them.
  transformTags: { a: sanitizeHtml.simpleTransform("a", { rel: "noopener noreferrer", target: "_blank" }) },
};

/** Markdown written by ward staff → HTML that is safe to insert into the app's page. */
export function renderMarkdown(markdown: string): string {
  const html = marked.parse(markdown) as string;
  return sanitizeHtml(html, { ...ALLOWED, allowedAttributes: { a: ["href", "rel", "target"] } });
}

/**
 * The first words of a Markdown text as plain text, cut at a word boundary. A table's cells would
 * run together into nonsense ("Giờ Việc 19:30 Điểm danh"), so tables are left out of it.
 */
export function excerptOf(markdown: string, maxLength = 160): string {
  const text = sanitizeHtml(marked.parse(markdown) as string, { allowedTags: [], allowedAttributes: {}, nonTextTags: ["style", "script", "textarea", "option", "noscript", "table"] })
    .replace(/&amp;/g, "&")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/\s+/g, " ")
    .trim();
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > maxLength * 0.6 ? cut.slice(0, lastSpace) : cut).replace(/[\s,.;:–-]+$/, "")}…`;
}
