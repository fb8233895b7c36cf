import { ExternalLink, Search } from "lucide-react";
import { isPortalSearchUrl } from "../../../shared/schemas/procedure";
import type { ProcedureDetail } from "../../../shared/schemas/procedure-api";
import { openWebPage } from "../../platform/zalo";

/**
 * The procedure on the national portal. When only a search for the code is known, the button says
 * so: a resident who expects the procedure's page and lands on a list should not think it broke.
 */
export function PortalLink({ p }: { p: ProcedureDetail }) {
  const url = p.officialUrl;
  if (!url) return null;
  const search = isPortalSearchUrl(url);
  const label = search
    ? `Tìm mã ${p.code ?? ""} trên Cổng Dịch vụ công`
    : p.onlineLevel === "full" || p.onlineLevel === "partial"
      ? "Làm trực tuyến trên Cổng Dịch vụ công"
      : "Xem trên Cổng Dịch vụ công";
  return (
    <button type="button" className="call-button" onClick={() => void openWebPage(url)}>
      {search ? <Search size={20} aria-hidden="true" /> : <ExternalLink size={20} aria-hidden="true" />}
      {label}
    </button>
  );
}
