import { atom, useRecoilState } from "recoil";
import { storedAtomEffect } from "./device-store/atom-effect";
import { DEVICE_KEYS } from "./device-store/keys";
import { readValue, writeValue } from "./device-store/store";

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

function isTextSizeId(value: unknown): value is TextSizeId {
  return TEXT_SIZES.some((size) => size.id === value);
}

function apply(id: TextSizeId): void {
  const size = TEXT_SIZES.find((s) => s.id === id) ?? TEXT_SIZES[0];
  document.documentElement.style.setProperty("--text-scale", String(size.scale));
}

/** Reads the saved size and applies it; called once at start, before the first screen shows. */
export async function restoreTextSize(): Promise<TextSizeId> {
  const saved = await readValue(DEVICE_KEYS.textSize);
  const id = isTextSizeId(saved) ? saved : "normal";
  apply(id);
  return id;
}

const textSizeState = atom<TextSizeId>({
  key: "textSize",
  default: "normal",
  effects: [
    storedAtomEffect<TextSizeId>({
      load: restoreTextSize,
      save: (id) => {
        apply(id);
        return writeValue(DEVICE_KEYS.textSize, id);
      },
    }),
  ],
});

export function useTextSize(): [TextSizeId, (id: TextSizeId) => void] {
  return useRecoilState(textSizeState);
}
