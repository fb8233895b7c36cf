import { useRecoilValue } from "recoil";
import { formatDateTime } from "../../lib/dates";
import { procedureCatalogueState } from "./procedures-state";

/** Says how fresh the copy on the device is; louder when it could not be refreshed. */
export function CatalogueFreshness() {
  const { generatedAt, source } = useRecoilValue(procedureCatalogueState);
  const when = formatDateTime(generatedAt);
  return source === "device" ? (
    <p className="offline-note" role="status">
      Đang dùng bản lưu trên máy, cập nhật lúc {when}.
    </p>
  ) : (
    <p className="muted small">Cập nhật lúc {when}.</p>
  );
}
