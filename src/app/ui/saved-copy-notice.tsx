import { RefreshCw, WifiOff } from "lucide-react";
import { useSyncExternalStore } from "react";
import { formatDateTime } from "../lib/dates";
import { useOnline } from "../lib/online";
import { shownCopiesStore } from "../lib/saved-copies";

/**
 * Says so when what is on screen is a copy kept on the device, and how old the oldest part is;
 * once the phone has a signal again, offers "Tải lại" to fetch everything afresh.
 */
export function SavedCopyNotice() {
  const savedAt = useSyncExternalStore(shownCopiesStore.subscribe, shownCopiesStore.oldestSavedAt);
  const online = useOnline();
  if (!savedAt) return null;
  return (
    <div className="offline-note saved-copy-notice" role="status">
      <WifiOff size={18} aria-hidden="true" />
      <p>
        {online ? "Không tải được bản mới." : "Điện thoại đang mất mạng."} Đang xem bản lưu trên máy, cập nhật lúc {formatDateTime(savedAt)}.
      </p>
      {online && (
        <button type="button" className="action-button reload-button" onClick={() => window.location.reload()}>
          <RefreshCw size={18} aria-hidden="true" /> Tải lại
        </button>
      )}
    </div>
  );
}
