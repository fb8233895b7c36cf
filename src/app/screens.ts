import { FileText, House, IdCard, QrCode, Users, type LucideIcon } from "lucide-react";
import type { ComponentType } from "react";
import { matchRoutes } from "react-router-dom";

/**
 * Every screen of the mini app, declared once: its path, how to build a link to it, its code
 * (loaded when first opened), and where it has them its tab, its tile on home and its name in the
 * usage counts. The router, the background prefetch, the home tiles, the bottom bar and the usage
 * tracker all read this list, so a new screen is one entry here and a link to it is
 * `screens.x.to(...)`, never a hand-typed path.
 */

type Segments<P extends string> = P extends `${infer Head}/${infer Rest}` ? Head | Segments<Rest> : P;
type RequiredName<S> = S extends `:${string}?` ? never : S extends `:${infer Name}` ? Name : never;
type OptionalName<S> = S extends `:${infer Name}?` ? Name : never;
type ParamValue = string | number;
/** The `:name` parts of a path pattern; `:name?` may be left out. */
export type PathParams<P extends string> = { [K in RequiredName<Segments<P>>]: ParamValue } & { [K in OptionalName<Segments<P>>]?: ParamValue };
type Query<K extends string> = Partial<Record<K, ParamValue | undefined>>;
type QueryArg<K extends string> = [K] extends [never] ? [] : [query?: Query<K>];
type LinkTo<P extends string, K extends string> = [keyof PathParams<P>] extends [never]
  ? (...query: QueryArg<K>) => string
  : (params: PathParams<P>, ...query: QueryArg<K>) => string;

type PageModule = { default: ComponentType };
type ScreenOptions<K extends string> = {
  /** The screen's code; absent only for home, which ships in the first bundle. */
  load?: () => Promise<PageModule>;
  /** The query keys a link may set (`?q=…`). */
  query?: readonly K[];
  /** Label and icon in the bottom bar. */
  tab?: { label: string; icon: LucideIcon };
  /** Path prefixes of screens elsewhere that count as this tab (a VNeID guide belongs to VNeID). */
  alsoCovers?: readonly string[];
  /** Its tile on home. */
  tile?: { title: string; description: string; icon: LucideIcon };
  /** Full screen, one step at a time: no bottom bar. */
  hidesBar?: boolean;
  /** Its name in the usage counts (none: not counted). */
  usage?: string;
  /** The path's first parameter is an item the resident opened (counted as such). */
  opens?: "procedure" | "guide" | "announcement";
};
export type Screen<P extends string, K extends string> = ScreenOptions<K> & { path: P; to: LinkTo<P, K> };
/** What the shell reads of any screen (its link builder is typed per screen). */
export type AnyScreen = ScreenOptions<string> & { path: string };

/** Fills a pattern: each value is encoded, a left-out optional part is dropped, undefined query keys too. */
function buildPath(pattern: string, params: Record<string, ParamValue | undefined>, query: Record<string, ParamValue | undefined>): string {
  const path = pattern.replace(/\/:(\w+)\??/g, (_, name: string) => {
    const value = params[name];
    return value === undefined ? "" : `/${encodeURIComponent(String(value))}`;
  });
  const pairs = Object.entries(query).flatMap(([key, value]) => (value === undefined ? [] : [`${key}=${encodeURIComponent(String(value))}`]));
  return pairs.length > 0 ? `${path}?${pairs.join("&")}` : path;
}

function screen<const P extends string, const K extends string = never, const O extends ScreenOptions<K> = ScreenOptions<K>>(
  path: P,
  options: O & ScreenOptions<K>,
): O & Screen<P, K> {
  const hasParams = path.includes(":");
  const to = hasParams
    ? (params: Record<string, ParamValue | undefined>, query: Record<string, ParamValue | undefined> = {}) => buildPath(path, params, query)
    : (query: Record<string, ParamValue | undefined> = {}) => buildPath(path, {}, query);
  // The pattern's type decides which arguments a caller passes; both shapes are built above.
  return { ...options, path, to: to as unknown as LinkTo<P, K> };
}

export const screens = {
  home: screen("/", { tab: { label: "Trang chủ", icon: House }, alsoCovers: ["/announcements", "/requests", "/answers"], usage: "home" }),
  announcementList: screen("/announcements", { load: () => import("./features/announcements/announcement-list-page"), usage: "announcements" }),
  announcement: screen("/announcements/:id", { load: () => import("./features/announcements/announcement-detail-page"), usage: "announcement", opens: "announcement" }),
  procedures: screen("/procedures", {
    load: () => import("./features/procedures/procedures-home-page"),
    tab: { label: "Thủ tục", icon: FileText },
    tile: { title: "Thủ tục hành chính", description: "Cần mang gì, mất bao lâu, bao nhiêu tiền", icon: FileText },
    usage: "procedures",
  }),
  savedProcedures: screen("/procedures/saved", { load: () => import("./features/procedures/saved-procedures-page"), usage: "saved-procedures" }),
  procedureField: screen("/procedures/field/:field", { load: () => import("./features/procedures/procedure-field-page"), usage: "procedure-field" }),
  procedure: screen("/procedures/:slug", { load: () => import("./features/procedures/procedure-detail-page"), usage: "procedure", opens: "procedure" }),
  vneid: screen("/vneid", {
    load: () => import("./features/guides/vneid-page"),
    tab: { label: "VNeID", icon: IdCard },
    alsoCovers: ["/guides/vneid-"],
    tile: { title: "VNeID", description: "Mức 1, mức 2, giấy tờ, dịch vụ công", icon: IdCard },
    usage: "vneid",
  }),
  vneidCheck: screen("/vneid/check", { load: () => import("./features/guides/vneid-check-page"), usage: "vneid-check" }),
  qrPayment: screen("/qr-payment", {
    load: () => import("./features/guides/qr-payment-page"),
    tab: { label: "Thanh toán", icon: QrCode },
    alsoCovers: ["/guides/qr-", "/guides/lua-dao-"],
    tile: { title: "Thanh toán QR", description: "Trả tiền an toàn, tránh bị lừa", icon: QrCode },
    usage: "qr-payment",
  }),
  qrCheck: screen("/qr-payment/check", { load: () => import("./features/qr/qr-check-page"), usage: "qr-check" }),
  shopQr: screen("/qr-payment/shop", { load: () => import("./features/qr/shop-qr-page"), usage: "shop-qr" }),
  guide: screen("/guides/:slug", { load: () => import("./features/guides/guide-page"), query: ["step"], usage: "guide", opens: "guide" }),
  guideAssist: screen("/guides/:slug/assist", { load: () => import("./features/guides/guide-assist-page"), hidesBar: true, usage: "guide-assist" }),
  teams: screen("/teams", {
    load: () => import("./features/teams/my-team-page"),
    tab: { label: "Tổ công nghệ số", icon: Users },
    tile: { title: "Tổ công nghệ số", description: "Ai giúp tôi, khi nào, ở đâu", icon: Users },
    usage: "teams",
  }),
  allTeams: screen("/teams/all", { load: () => import("./features/teams/all-teams-page"), query: ["team", "q"], usage: "all-teams" }),
  about: screen("/about", { load: () => import("./features/about/about-page") }),
  search: screen("/search", { load: () => import("./features/search/search-page"), query: ["q"] }),
  // Never the code or the client id in the counts: they are the resident's, not content ids.
  newRequest: screen("/requests/new/:step?", { load: () => import("./features/requests/new-request-page"), query: ["kind"], usage: "request-new" }),
  requestSent: screen("/requests/sent/:clientId", { load: () => import("./features/requests/request-sent-page"), usage: "request-sent" }),
  myRequests: screen("/requests/mine", { load: () => import("./features/requests/my-requests-page"), usage: "my-requests" }),
  myRequest: screen("/requests/mine/:code", { load: () => import("./features/requests/my-request-page"), usage: "my-request" }),
  answers: screen("/answers", { load: () => import("./features/requests/answers-page"), usage: "answers" }),
  notFound: screen("*", { load: () => import("./shell/not-found-page") }),
};

export type ScreenName = keyof typeof screens;
const ALL: ReadonlyArray<[ScreenName, AnyScreen]> = Object.entries(screens) as Array<[ScreenName, AnyScreen]>;

/** The bottom bar, in order. */
export const TAB_SCREENS = [screens.home, screens.procedures, screens.vneid, screens.qrPayment, screens.teams] as const;
/** The four areas home offers as tiles, in order. */
export const TILE_SCREENS = [screens.procedures, screens.vneid, screens.qrPayment, screens.teams] as const;

/** Every screen with its name, for the router and the prefetch. */
export const allScreens = (): ReadonlyArray<[ScreenName, AnyScreen]> => ALL;

const ROUTES: Array<{ id: ScreenName; path: string }> = ALL.map(([name, s]) => ({ id: name, path: s.path }));

/** The screen the router shows for a path, ranked as the router ranks them, and its parameters. */
export function screenAt(pathname: string): { name: ScreenName; screen: AnyScreen; params: Record<string, string | undefined> } | null {
  const match = matchRoutes(ROUTES, pathname)?.[0];
  if (!match) return null;
  const name = match.route.id;
  return { name, screen: screens[name], params: match.params };
}
