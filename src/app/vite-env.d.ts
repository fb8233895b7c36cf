/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_API_BASE_URL?: string;
  readonly VITE_WARD_SLUG?: string;
  readonly VITE_ZALO_APP_ID?: string;
  readonly VITE_SHARE_THUMBNAIL_URL?: string;
}
