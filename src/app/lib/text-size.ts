import { atom, useRecoilState } from "recoil";
import { storage } from "../platform/zalo";

/**
 * The app's own "Cỡ chữ", on top of the phone's font setting (which the root size in app.css
 * already follows). Applied as --text-scale on the root element, so every rem grows with it.
 */
export const TEXT_SIZES = [
  { id: "normal", label: "Vừa", scale: 1 },
  { id: "large", label: "Lớn", scale: 1.25 },
  { id: "larger", label: "Rất lớn", scale: 1.5 },
  { id: "largest", label: "Lớn nhất", scale: 2 },
] as const;

export type TextSizeId = (typeof TEXT_SIZES)[number]["id"];

const KEY = "text-size";

function isTextSizeId(value: unknown): value is TextSizeId {
  return TEXT_SIZES.some((size) => size.id === value);
}

function apply(id: TextSizeId): void {
  const size = TEXT_SIZES.find((s) => s.id === id) ?? TEXT_SIZES[0];
  document.documentElement.style.setProperty("--text-scale", String(size.scale));
}

/** Reads the saved size and applies it; called once at start, before the first screen shows. */
export async function restoreTextSize(): Promise<TextSizeId> {
  const saved = await storage.getItem<unknown>(KEY);
  const id = isTextSizeId(saved) ? saved : "normal";
  apply(id);
  return id;
}

const textSizeState = atom<TextSizeId>({
  key: "textSize",
  default: "normal",
  effects: [
    ({ setSelf, onSet, trigger }) => {
      if (trigger === "get") void restoreTextSize().then(setSelf);
      onSet((id) => {
        apply(id);
        void storage.setItem(KEY, id);
      });
    },
  ],
});

export function useTextSize(): [TextSizeId, (id: TextSizeId) => void] {
  return useRecoilState(textSizeState);
}
