import { SHARE_THUMBNAIL_URL } from "../config";
import { shareLink } from "../platform/zalo";
import { useToast } from "../ui/use-toast";
import { shareUrlFor } from "./share-url";

/**
 * Shares a page of the app (Zalo's share sheet, Web Share, or a copied link) and tells the resident
 * what happened when it was not the share sheet: one wording everywhere.
 */
export function useSharePage() {
  const toast = useToast();
  return async (page: { title: string; text: string; path: string }) => {
    const outcome = await shareLink({
      title: page.title,
      text: page.text,
      url: shareUrlFor(page.path),
      // Inside Zalo: a card in the chat that opens this very page of the mini app.
      path: page.path,
      thumbnail: SHARE_THUMBNAIL_URL,
    }).catch(() => "failed" as const);
    if (outcome === "copied") toast("Đã chép đường dẫn. Dán vào Zalo để gửi.", "success");
    if (outcome === "failed") toast("Chưa chia sẻ được. Hãy thử lại.", "error");
  };
}
