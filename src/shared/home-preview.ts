import dayjs from "dayjs";
import "dayjs/locale/vi";
import relativeTime from "dayjs/plugin/relativeTime";
import utc from "dayjs/plugin/utc";
import { describeOpenState, describeToday, openState, upcomingHolidays } from "./opening-hours";
import { AnnouncementCategoryLabels, type AnnouncementPage, type AnnouncementSummary } from "./schemas/announcement";
import type { Ward } from "./schemas/ward";

dayjs.extend(utc);
dayjs.extend(relativeTime);

// Home's first screen as static HTML, put into index.html by our server so a resident on a weak
// signal reads the ward, its office hours and the latest announcements two seconds after the
// page arrives, not after the app's code has come and run. The markup copies what the React home
// renders (same classes, same icons, same order), so the app's stylesheet draws it the same and
// nothing moves when the app takes over (src/app/lib/home-preview-swap.ts). Keep the two in step:
// src/app/lib/home-preview.test.ts compares the tiles, tests/browser/home-preview.test.ts
// the positions on screen. Plain links and a plain search form: they work before the app runs.

/** The home tiles, as src/app/shell/areas.ts lists them (checked by a test). */
export const HOME_PREVIEW_TILES = [
  { path: "/procedures", title: "Thủ tục hành chính", description: "Cần mang gì, mất bao lâu, bao nhiêu tiền", icon: "file-text" },
  { path: "/vneid", title: "VNeID", description: "Mức 1, mức 2, giấy tờ, dịch vụ công", icon: "id-card" },
  { path: "/qr-payment", title: "Thanh toán QR", description: "Trả tiền an toàn, tránh bị lừa", icon: "qr-code" },
  { path: "/teams", title: "Tổ công nghệ số", description: "Ai giúp tôi, khi nào, ở đâu", icon: "users" },
] as const;

// lucide's drawings of the icons home shows (lucide-react renders these same paths).
const ICONS = {
  "info": "<circle cx=\"12\" cy=\"12\" r=\"10\"></circle><path d=\"M12 16v-4\"></path><path d=\"M12 8h.01\"></path>",
  "search": "<path d=\"m21 21-4.34-4.34\"></path><circle cx=\"11\" cy=\"11\" r=\"8\"></circle>",
  "clock": "<circle cx=\"12\" cy=\"12\" r=\"10\"></circle><path d=\"M12 6v6l4 2\"></path>",
  "map-pin": "<path d=\"M20 10c0 4.993-5.539 10.193-7.399 11.799a1 1 0 0 1-1.202 0C9.539 20.193 4 14.993 4 10a8 8 0 0 1 16 0\"></path><circle cx=\"12\" cy=\"10\" r=\"3\"></circle>",
  "phone": "<path d=\"M13.832 16.568a1 1 0 0 0 1.213-.303l.355-.465A2 2 0 0 1 17 15h3a2 2 0 0 1 2 2v3a2 2 0 0 1-2 2A18 18 0 0 1 2 4a2 2 0 0 1 2-2h3a2 2 0 0 1 2 2v3a2 2 0 0 1-.8 1.6l-.468.351a1 1 0 0 0-.292 1.233 14 14 0 0 0 6.392 6.384\"></path>",
  "file-text": "<path d=\"M6 22a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2h8a2.4 2.4 0 0 1 1.704.706l3.588 3.588A2.4 2.4 0 0 1 20 8v12a2 2 0 0 1-2 2z\"></path><path d=\"M14 2v5a1 1 0 0 0 1 1h5\"></path><path d=\"M10 9H8\"></path><path d=\"M16 13H8\"></path><path d=\"M16 17H8\"></path>",
  "id-card": "<path d=\"M13 19a4 4 0 00-8 0\"></path><path d=\"M16 10h2\"></path><path d=\"M16 14h2\"></path><circle cx=\"9\" cy=\"12\" r=\"3\"></circle><rect x=\"2\" y=\"5\" width=\"20\" height=\"14\" rx=\"2\"></rect>",
  "qr-code": "<rect width=\"5\" height=\"5\" x=\"3\" y=\"3\" rx=\"1\"></rect><rect width=\"5\" height=\"5\" x=\"16\" y=\"3\" rx=\"1\"></rect><rect width=\"5\" height=\"5\" x=\"3\" y=\"16\" rx=\"1\"></rect><path d=\"M21 16h-3a2 2 0 0 0-2 2v3\"></path><path d=\"M21 21v.01\"></path><path d=\"M12 7v3a2 2 0 0 1-2 2H7\"></path><path d=\"M3 12h.01\"></path><path d=\"M12 3h.01\"></path><path d=\"M12 16v.01\"></path><path d=\"M16 12h1\"></path><path d=\"M21 12v.01\"></path><path d=\"M12 21v-1\"></path>",
  "users": "<path d=\"M16 21v-2a4 4 0 0 0-4-4H6a4 4 0 0 0-4 4v2\"></path><path d=\"M16 3.128a4 4 0 0 1 0 7.744\"></path><path d=\"M22 21v-2a4 4 0 0 0-3-3.87\"></path><circle cx=\"9\" cy=\"7\" r=\"4\"></circle>",
  "chevron-right": "<path d=\"m9 18 6-6-6-6\"></path>",
  "pin": "<path d=\"M12 17v5\"></path><path d=\"M9 10.76a2 2 0 0 1-1.11 1.79l-1.78.9A2 2 0 0 0 5 15.24V16a1 1 0 0 0 1 1h12a1 1 0 0 0 1-1v-.76a2 2 0 0 0-1.11-1.79l-1.78-.9A2 2 0 0 1 15 10.76V7a1 1 0 0 1 1-1 2 2 0 0 0 0-4H8a2 2 0 0 0 0 4 1 1 0 0 1 1 1z\"></path>",
  "calendar-x-2": "<path d=\"M16 2v3\"></path><path d=\"m17 16 5 5\"></path><path d=\"m17 21 5-5\"></path><path d=\"M21 12V5a2 2 0 00-2-2H5a2 2 0 00-2 2v14a2 2 0 002 2h8\"></path><path d=\"M3 9h18\"></path><path d=\"M8 2v3\"></path>",
} as const;
type IconName = keyof typeof ICONS;

const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
/** Text and attribute values from ward data: nothing in them can open a tag or leave an attribute. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

const icon = (name: IconName, size: number): string =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="lucide lucide-${name}" aria-hidden="true">${ICONS[name]}</svg>`;

// Việt Nam keeps UTC+7 all year, as src/app/lib/dates.ts says.
const wardClock = (iso: string) => dayjs(iso).utcOffset(7 * 60);
function publishedLabel(iso: string, now: Date): string {
  const age = dayjs(now).diff(dayjs(iso), "day");
  return age < 7 ? dayjs(iso).locale("vi").from(dayjs(now)) : wardClock(iso).format("DD/MM/YYYY");
}

function hero(ward: Ward): string {
  // Only a colour can go into the style attribute; anything else keeps the stylesheet's.
  const color = /^#[0-9a-fA-F]{3,8}$/.test(ward.branding.color) ? ` style="background-color: ${ward.branding.color};"` : "";
  const demo = ward.isDemo
    ? `<p class="demo-notice" role="note">${icon("info", 18)} Bản trình diễn: tên, số điện thoại và giờ làm việc là dữ liệu minh họa.</p>`
    : "";
  return `<header class="home-hero"${color}><p class="brand">${escapeHtml(ward.branding.title)}</p><h1>${escapeHtml(ward.name)}</h1><p>${escapeHtml(ward.province)}</p></header>${demo}`;
}

const SEARCH_BOX =
  `<div class="page-section home-search-section"><form class="search-box home-search" role="search" action="/search">${icon("search", 22)}` +
  `<input type="search" name="q" placeholder="Bạn cần tìm gì?" aria-label="Tìm thủ tục, hướng dẫn, tổ hỗ trợ, thông báo" enterkeyhint="search" autocomplete="off" value="">` +
  `<button type="submit" class="search-submit">Tìm</button></form></div>`;

function officeCard(ward: Ward, now: Date): string {
  const office = ward.offices.find((o) => o.kind === "people-committee") ?? ward.offices[0];
  const hotline = ward.hotline ?? office?.phone ?? null;
  let details = "";
  if (office) {
    const state = openState(office.hours, now, ward.holidays);
    const soon = upcomingHolidays(ward.holidays, new Date(now.getTime() + 86_400_000), 7);
    details =
      `<p class="${state.open ? "status-open" : "status-closed"}">${icon("clock", 18)} ${escapeHtml(describeOpenState(state))}</p>` +
      `<p class="muted small">Hôm nay: ${escapeHtml(describeToday(office.hours, now, ward.holidays))}</p>` +
      (soon.length > 0 ? `<p class="small holiday-notice">${icon("calendar-x-2", 18)} Sắp nghỉ: ${escapeHtml(soon.join("; "))}</p>` : "") +
      `<p>${icon("map-pin", 18)} ${escapeHtml(office.address)}</p>`;
  }
  const call = hotline
    ? `<a class="call-button" href="tel:${escapeHtml(hotline.replace(/[^\d+]/g, ""))}">${icon("phone", 20)} Gọi đường dây nóng ${escapeHtml(hotline)}</a>`
    : "";
  return `<section class="card office-card" aria-labelledby="office-title"><h2 id="office-title">${escapeHtml(office?.name ?? ward.name)}</h2>${details}${call}</section>`;
}

function tiles(base: string): string {
  const links = HOME_PREVIEW_TILES.map(
    (t) => `<a class="area-tile" href="${base}${t.path}">${icon(t.icon, 32)}<span class="area-title">${t.title}</span><span class="area-description">${t.description}</span></a>`,
  ).join("");
  return `<div class="page-section"><nav class="area-tiles" aria-label="Các mục chính">${links}</nav></div>`;
}

function card(a: AnnouncementSummary, base: string, now: Date): string {
  const meta =
    `<span class="badge badge-${escapeHtml(a.category)}">${escapeHtml(AnnouncementCategoryLabels[a.category])}</span>` +
    (a.audience === "your-area" ? `<span class="badge badge-your-area">Cho tổ của bạn</span>` : "") +
    (a.pinned ? `<span class="pinned">${icon("pin", 14)} Ghim</span>` : "") +
    `<time datetime="${escapeHtml(a.publishedAt)}" title="${wardClock(a.publishedAt).format("HH:mm, DD/MM/YYYY")}">${escapeHtml(publishedLabel(a.publishedAt, now))}</time>`;
  return `<a class="card announcement-card" href="${base}/announcements/${a.id}"><div class="announcement-meta">${meta}</div><h3>${escapeHtml(a.title)}</h3><p>${escapeHtml(a.excerpt)}</p></a>`;
}

function latest(page: AnnouncementPage, base: string, now: Date): string {
  const cards = page.items.length === 0 ? `<p class="muted">Phường chưa có thông báo mới.</p>` : page.items.map((a) => card(a, base, now)).join("");
  return (
    `<section class="page-section" aria-labelledby="latest-title"><div class="section-heading"><h2 id="latest-title">Thông báo mới</h2>` +
    `<a class="see-all" href="${base}/announcements">Xem tất cả ${icon("chevron-right", 18)}</a></div>${cards}</section>`
  );
}

/**
 * Home as the app draws it at first, from the same answers the app gets (the ward and its latest
 * announcements). `base` is the web app's router base (e.g. "/zapps/cong-dan-so"), so links open
 * the same screens the app's links do.
 */
export function renderHomePreview(ward: Ward, page: AnnouncementPage, now: Date, base: string): string {
  return `<div class="zaui-page page home-page">${hero(ward)}${SEARCH_BOX}${officeCard(ward, now)}${tiles(base)}${latest(page, base, now)}</div>`;
}
