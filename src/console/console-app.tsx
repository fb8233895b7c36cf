import { useEffect, useState } from "react";
import type { Health } from "../shared/schemas/health";
import type { WardSummary } from "../shared/schemas/ward";
import { fetchHealth, fetchWards } from "./console-api";

type Status = { health: Health; wards: WardSummary[] } | { error: string } | null;

/**
 * The staff console's entry. Sign-in and the publishing screens come with the console issue; for
 * now it shows what staff can check already: that the API and database answer, and which wards exist.
 */
export function ConsoleApp() {
  const [status, setStatus] = useState<Status>(null);
  useEffect(() => {
    Promise.all([fetchHealth(), fetchWards()])
      .then(([health, wards]) => setStatus({ health, wards: wards.items }))
      .catch(() => setStatus({ error: "Không kết nối được với máy chủ API. Hãy kiểm tra máy chủ rồi tải lại trang." }));
  }, []);
  return (
    <main className="console">
      <h1>Trang quản trị Công Dân Số</h1>
      <p>Nơi cán bộ phường đăng thông báo và cập nhật nội dung. Phần đăng nhập và soạn thông báo đang được xây dựng.</p>
      {status === null && <p role="status">Đang kiểm tra máy chủ…</p>}
      {status && "error" in status && <p role="alert">{status.error}</p>}
      {status && "health" in status && (
        <>
          <h2>Tình trạng hệ thống</h2>
          <p>
            API phiên bản {status.health.version}; cơ sở dữ liệu {status.health.database.kind}:{" "}
            {status.health.database.ok ? "hoạt động bình thường" : "đang gặp sự cố"}.
          </p>
          <h2>Các phường</h2>
          <ul>
            {status.wards.map((w) => (
              <li key={w.slug}>
                {w.name}, {w.province} {w.isDemo && "(dữ liệu minh họa)"}
              </li>
            ))}
          </ul>
        </>
      )}
      <p>
        <a href="/api/docs">Tài liệu API</a>
      </p>
    </main>
  );
}
