import { FileDown } from "lucide-react";
import { isPortalSearchUrl } from "../../../shared/schemas/procedure";
import { openWebPage } from "../../platform/zalo";

/**
 * Where to get a form (tờ khai) the resident must fill in. The official copies are attached to
 * the procedure's record on the national portal (Cổng Dịch vụ công), so that is where the button
 * goes; the app keeps no copy of its own, which could fall behind a new circular. Without a record
 * page it says to ask for the form at the counter instead of sending the resident to a search.
 */
export function FormLink({ form, url }: { form: string; url: string | null }) {
  if (!url || isPortalSearchUrl(url)) {
    return <p className="muted small form-hint">Tờ khai ({form}): xin ở bộ phận một cửa khi đến nộp.</p>;
  }
  return (
    <button type="button" className="link-button form-link" aria-label={`Lấy mẫu tờ khai trên Cổng Dịch vụ công (${form})`} onClick={() => void openWebPage(url)}>
      <FileDown size={20} aria-hidden="true" /> Lấy mẫu tờ khai trên Cổng Dịch vụ công
    </button>
  );
}
