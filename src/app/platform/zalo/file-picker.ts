import { ZaloError } from "../zalo-error";

/**
 * Browsers only open a file picker from a user gesture; afterwards `click()` silently does
 * nothing and no event ever fires. Where the browser can tell us, fail fast instead of waiting
 * forever (the screen can ask for another tap).
 */
function canOpenFilePicker(): boolean {
  const activation = (navigator as Partial<Navigator>).userActivation;
  return activation === undefined || activation.isActive;
}

interface ImageInputOptions {
  /** Ask for the rear camera (QR codes) instead of offering the gallery. */
  rearCamera?: boolean;
}

export function chooseImageWithInput(options: ImageInputOptions = {}): Promise<File | null> {
  if (!canOpenFilePicker()) {
    return Promise.reject(new ZaloError("unavailable", "the file picker needs a fresh tap", { api: "file-input" }));
  }
  return new Promise<File | null>((resolve) => {
    const input = document.createElement("input");
    input.type = "file";
    input.accept = "image/*";
    if (options.rearCamera === true) input.setAttribute("capture", "environment");
    input.hidden = true;
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    const onChange = (): void => {
      finish(input.files?.[0] ?? null);
    };
    // Fired when the picker is dismissed (Chrome 113+, Safari 16.4+, Firefox 91+).
    const onCancel = (): void => {
      finish(null);
    };
    input.addEventListener("change", onChange, { once: true });
    input.addEventListener("cancel", onCancel, { once: true });
    document.body.append(input);
    input.click();
  });
}
