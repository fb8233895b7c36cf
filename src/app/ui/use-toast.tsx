import { CircleAlert, CircleCheck, Info } from "lucide-react";
import { useCallback } from "react";
import useSnackbar from "zmp-ui/useSnackbar";

export type ToastKind = "success" | "error" | "info";

const ICONS = { success: CircleCheck, error: CircleAlert, info: Info } as const;

/**
 * The app's only way to show a short message. zmp-ui's snackbar draws its type icon with the
 * icon font from Zalo's CDN, which the build removes, so the font's ligature name
 * ("zi_check_circle_solid") would be printed over the text; we always pass our own bundled icon.
 * ESLint keeps every other module away from zmp-ui's useSnackbar.
 */
export function useToast(): (text: string, kind?: ToastKind) => void {
  const { openSnackbar } = useSnackbar();
  return useCallback(
    (text: string, kind: ToastKind = "info") => {
      const Icon = ICONS[kind];
      openSnackbar({ text, type: kind, prefixIcon: <Icon size={22} aria-hidden="true" /> });
    },
    [openSnackbar],
  );
}
