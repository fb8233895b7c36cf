import { atom } from "recoil";
import { storage } from "../../platform/zalo";
import { emptyDraft, isDraft, type RequestDraft } from "./request-draft";

const DRAFT_KEY = "request-draft";
const DRAFT_PHOTOS_KEY = "request-draft-photos";

/**
 * The request being written, in app state and on the phone: back, a reload or Zalo closing the
 * app loses nothing. Photos are kept under their own key so typing does not rewrite a megabyte.
 * `null` while the saved draft is read.
 */
export const draftState = atom<RequestDraft | null>({
  key: "requestDraft",
  default: null,
  effects: [
    ({ setSelf, onSet, trigger }) => {
      if (trigger === "get") {
        void Promise.all([storage.getItem<unknown>(DRAFT_KEY), storage.getItem<unknown>(DRAFT_PHOTOS_KEY)]).then(([saved, photos]) => {
          const draft = isDraft(saved) ? saved : emptyDraft();
          const kept = Array.isArray(photos) ? photos.filter((p): p is string => typeof p === "string" && p.startsWith("data:image/")) : [];
          setSelf({ ...draft, photos: kept });
        });
      }
      onSet((value, previous) => {
        if (value === null) return;
        const { photos, ...rest } = value;
        void storage.setItem(DRAFT_KEY, { ...rest, photos: [] });
        const before = previous !== null && typeof previous === "object" && "photos" in previous ? previous.photos : undefined;
        if (before !== photos) void storage.setItem(DRAFT_PHOTOS_KEY, photos);
      });
    },
  ],
});
