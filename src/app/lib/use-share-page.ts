import useSnackbar from "zmp-ui/useSnackbar";
import { shareLink } from "../platform/zalo";
import { shareUrlFor } from "./share-url";

/**
 * Shares a page of the app (Zalo's share sheet, Web Share, or a copied link) and tells the resident
 * what happened when it was not the share sheet: one wording everywhere.
 */
export function useSharePage() {
  const { openSnackbar } = useSnackbar();
  return async (page: { title: string; text: string; path: string }) => {
    const outcome = await shareLink({ title: page.title, text: page.text, url: shareUrlFor(page.path) }).catch(() => "failed" as const);
    if (outcome === "copied") openSnackbar({ text: "Đã chép đường dẫn. Dán vào Zalo để gửi.", type: "success" });
    if (outcome === "failed") openSnackbar({ text: "Chưa chia sẻ được. Hãy thử lại.", type: "error" });
  };
}
