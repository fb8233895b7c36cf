import { WifiOff } from "lucide-react";
import { useSyncExternalStore } from "react";
import { formatDateTime } from "../lib/dates";
import { shownCopiesStore } from "../lib/saved-copies";

/** Says so when what is on screen is a copy kept on the device, and how old the oldest part is. */
export function SavedCopyNotice() {
  const savedAt = useSyncExternalStore(shownCopiesStore.subscribe, shownCopiesStore.oldestSavedAt);
  if (!savedAt) return null;
  return (
    <p className="offline-note saved-copy-notice" role="status">
      <WifiOff size={18} aria-hidden="true" /> Không kết nối được. Đang xem bản lưu trên máy, cập nhật lúc {formatDateTime(savedAt)}.
    </p>
  );
}
