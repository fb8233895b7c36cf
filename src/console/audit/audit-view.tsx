import { auditContracts } from "../../shared/api/audit";
import { useEffect, useState } from "react";
import type { AuditEntry} from "../../shared/schemas/audit";
import { call, errorMessage } from "../console-api";
import { formatWardTime } from "../shared/ward-time";

const ACTIONS: Record<string, string> = {
  create: "Tạo", update: "Sửa", publish: "Đăng", withdraw: "Gỡ", "reset-password": "Đặt lại mật khẩu", "change-password": "Đổi mật khẩu", confirm: "Xác nhận",
};
const ENTITIES: Record<string, string> = {
  announcement: "thông báo", ward: "cài đặt phường", staff: "tài khoản", guide: "hướng dẫn", team: "tổ công nghệ số", area: "tổ dân phố",
  "ward-procedure": "phần của phường, thủ tục", "procedure-confirmation": "xác nhận thủ tục",
};

/** What changed, field by field, between the before and after of an audit entry. */
function changedFields(entry: AuditEntry): string[] {
  const before = (entry.before ?? {}) as Record<string, unknown>;
  const after = (entry.after ?? {}) as Record<string, unknown>;
  const ignore = new Set(["version", "updatedAt", "bodyHtml"]);
  return Object.keys(after).filter((k) => !ignore.has(k) && JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/** A ward's log, or (ward null) the national one: guides and national accounts, for the national role. */
export function AuditView({ ward }: { ward: string | null }) {
  const [items, setItems] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    (ward === null ? call(auditContracts.national, { query: { limit: 100 } }) : call(auditContracts.ward, { params: { ward }, query: { limit: 100 } })).then(
      (res) => setItems(res.items),
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [ward]);
  return (
    <section aria-labelledby="audit-title">
      <h2 id="audit-title">{ward === null ? "Nhật ký toàn quốc" : "Nhật ký thay đổi"}</h2>
      {error && <p className="error" role="alert">{error}</p>}
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Lúc</th>
            <th scope="col">Ai</th>
            <th scope="col">Việc</th>
            <th scope="col">Đã đổi</th>
          </tr>
        </thead>
        <tbody>
          {items.map((e) => (
            <tr key={e.id}>
              <td>{formatWardTime(e.at)}</td>
              <td>{e.staffLogin}</td>
              <td>
                {ACTIONS[e.action] ?? e.action} {ENTITIES[e.entity] ?? e.entity} #{e.entityId}
              </td>
              <td>{e.before === null ? "(mới)" : changedFields(e).join(", ") || "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
