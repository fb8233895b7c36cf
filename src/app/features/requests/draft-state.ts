import { atom } from "recoil";
import { storedAtomEffect } from "../../lib/device-store/atom-effect";
import { DEVICE_KEYS } from "../../lib/device-store/keys";
import { readValue, writeValue } from "../../lib/device-store/store";
import { emptyDraft, isDraft, type RequestDraft } from "./request-draft";

/**
 * The request being written, in app state and on the phone: back, a reload or Zalo closing the
 * app loses nothing. Photos are kept under their own key so typing does not rewrite a megabyte.
 * `null` while the saved draft is read.
 */
export const draftState = atom<RequestDraft | null>({
  key: "requestDraft",
  default: null,
  effects: [
    storedAtomEffect<RequestDraft | null>({
      async load() {
        const [saved, photos] = await Promise.all([readValue(DEVICE_KEYS.requestDraft), readValue(DEVICE_KEYS.requestDraftPhotos)]);
        const draft = isDraft(saved) ? saved : emptyDraft();
        return { ...draft, photos: photos ?? [] };
      },
      save(value, previous) {
        if (value === null) return;
        const { photos, ...rest } = value;
        void writeValue(DEVICE_KEYS.requestDraft, { ...rest, photos: [] });
        if (previous?.photos !== photos) void writeValue(DEVICE_KEYS.requestDraftPhotos, photos);
      },
    }),
  ],
});
