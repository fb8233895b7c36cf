// Build-time settings (Vite replaces import.meta.env at build). The mini app uploaded to Zalo
// must use an absolute API URL; served from our own server a same-origin path works.
export const API_BASE_URL: string = import.meta.env.VITE_API_BASE_URL ?? "/api/v1";
export const WARD_SLUG: string = import.meta.env.VITE_WARD_SLUG ?? "hoa-cuong";
// Outside Zalo there is no APP_ID; zmp-ui's router still wants /zapps/<id> in production builds.
export const WEB_APP_ID: string = import.meta.env.VITE_ZALO_APP_ID ?? "cong-dan-so";
// An https image (the ward's logo, 1:1 or 16:9) for the card a shared page makes in a Zalo chat.
// Zalo needs one for the mini-app card; without it a share falls back to a bare link.
export const SHARE_THUMBNAIL_URL: string | null = import.meta.env.VITE_SHARE_THUMBNAIL_URL ?? null;
