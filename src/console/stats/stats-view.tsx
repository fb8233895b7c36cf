import { usageContracts } from "../../shared/api/usage";
import { useEffect, useMemo, useState } from "react";
import type { UsageStats } from "../../shared/schemas/usage";
import { call, errorMessage, hrefOf } from "../console-api";
import { BarChart } from "./usage-charts";

const KINDS: Record<string, string> = { procedure: "Thủ tục", guide: "Hướng dẫn", announcement: "Thông báo", team: "Tổ công nghệ số" };
const AREAS: Record<string, string> = { procedures: "Thủ tục", guides: "Hướng dẫn", areas: "Tổ dân phố" };
const dmy = (day: string) => day.split("-").reverse().join("/");

/** "Thống kê": what residents open, what they search without finding, where they stop in a guide. */
export function StatsView({ ward }: { ward: string }) {
  const [period, setPeriod] = useState<{ from: string; to: string } | null>(null);
  const [stats, setStats] = useState<UsageStats | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setError(null);
    call(usageContracts.stats, { params: { ward }, query: period ?? {} }).then(
      (res) => {
        setStats(res);
        setPeriod((current) => current ?? { from: res.from, to: res.to });
      },
      (e: unknown) => setError(errorMessage(e)),
    );
  }, [ward, period]);
  const csv = stats ? hrefOf(usageContracts.statsCsv, { params: { ward }, query: { from: stats.from, to: stats.to } }) : undefined;
  return (
    <section aria-labelledby="stats-title" className="stats">
      <h2 id="stats-title">Thống kê sử dụng</h2>
      <p>Ứng dụng chỉ gửi số lượt, không gửi ai đã xem. Cư dân có thể tắt việc gửi trong “Về ứng dụng”.</p>
      <PeriodForm key={`${stats?.from}-${stats?.to}`} from={stats?.from ?? ""} to={stats?.to ?? ""} onChange={setPeriod} csv={csv} />
      {error && <p className="error" role="alert">{error}</p>}
      {stats && <StatsBody stats={stats} />}
    </section>
  );
}

/** dd/mm/yyyy as typed → yyyy-mm-dd, or null when it is not a real day. */
function isoDay(typed: string): string | null {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(typed.trim());
  if (!m) return null;
  const iso = `${m[3]}-${(m[2] ?? "").padStart(2, "0")}-${(m[1] ?? "").padStart(2, "0")}`;
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : null;
}

// Text fields, not <input type="date">: the browser's date field shows its own locale's order
// (mm/dd/yyyy on an English system), and the console writes every date as dd/mm/yyyy.
function PeriodForm({ from, to, onChange, csv }: { from: string; to: string; onChange: (p: { from: string; to: string }) => void; csv: string | undefined }) {
  const [draft, setDraft] = useState({ from: from ? dmy(from) : "", to: to ? dmy(to) : "" });
  const [problem, setProblem] = useState<string | null>(null);
  return (
    <form
      className="period"
      onSubmit={(e) => {
        e.preventDefault();
        const period = { from: isoDay(draft.from), to: isoDay(draft.to) };
        if (!period.from || !period.to) return setProblem("Hãy ghi ngày theo dạng ngày/tháng/năm, ví dụ 01/12/2026.");
        setProblem(null);
        onChange({ from: period.from, to: period.to });
      }}
    >
      <label>
        Từ ngày <input inputMode="numeric" placeholder="dd/mm/yyyy" value={draft.from} onChange={(e) => setDraft({ ...draft, from: e.target.value })} required />
      </label>
      <label>
        Đến ngày <input inputMode="numeric" placeholder="dd/mm/yyyy" value={draft.to} onChange={(e) => setDraft({ ...draft, to: e.target.value })} required />
      </label>
      <button type="submit">Xem</button>
      {csv && (
        <a href={csv} download>
          Tải bảng số liệu (CSV)
        </a>
      )}
      {problem && (
        <p className="error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

function StatsBody({ stats }: { stats: UsageStats }) {
  const total = (key: "screens" | "opens" | "searches") => stats.perDay.reduce((n, d) => n + d[key], 0);
  const perDay = useMemo(
    () => [
      { name: "Mở màn hình", values: stats.perDay.map((d) => d.screens) },
      { name: "Mở mục", values: stats.perDay.map((d) => d.opens) },
      { name: "Tìm kiếm", values: stats.perDay.map((d) => d.searches) },
    ],
    [stats],
  );
  const top = useMemo(() => stats.mostOpened.slice(0, 10), [stats]);
  const topSeries = useMemo(() => [{ name: "Lượt mở", values: top.map((t) => t.count) }], [top]);
  const title = (kind: string, id: string) => stats.titles[`${kind}:${id}`] ?? id;
  const topLabels = useMemo(() => top.map((t) => `${KINDS[t.kind] ?? t.kind}: ${stats.titles[`${t.kind}:${t.id}`] ?? t.id}`), [top, stats]);
  const dayLabels = useMemo(() => stats.perDay.map((d) => dmy(d.day)), [stats]);
  if (stats.perDay.length === 0) return <p>Chưa có số liệu từ {dmy(stats.from)} đến {dmy(stats.to)}.</p>;
  return (
    <>
      <p className="totals">
        Từ {dmy(stats.from)} đến {dmy(stats.to)}: {total("screens")} lượt mở màn hình, {total("opens")} lượt mở thủ tục, hướng dẫn, thông báo; {total("searches")} lượt tìm.
      </p>

      <h3>Mỗi ngày</h3>
      <BarChart label="per-day" labels={dayLabels} series={perDay} />

      <h3>Được mở nhiều nhất</h3>
      <BarChart label="most-opened" labels={topLabels} series={topSeries} horizontal />
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Loại</th>
            <th scope="col">Mục</th>
            <th scope="col">Lượt mở</th>
          </tr>
        </thead>
        <tbody>
          {top.map((t) => (
            <tr key={`${t.kind}:${t.id}`}>
              <td>{KINDS[t.kind] ?? t.kind}</td>
              <td>{title(t.kind, t.id)}</td>
              <td>{t.count}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Tìm mà không thấy</h3>
      <p>Những từ cư dân đã gõ mà không ra kết quả. Hãy thêm nội dung, hoặc thêm từ đồng nghĩa cho thủ tục đúng.</p>
      {stats.emptySearches.length === 0 ? (
        <p>Không có lần tìm nào bị trống.</p>
      ) : (
        <table className="list" aria-label="Tìm mà không thấy">
          <thead>
            <tr>
              <th scope="col">Từ khóa</th>
              <th scope="col">Tìm trong</th>
              <th scope="col">Số lần</th>
            </tr>
          </thead>
          <tbody>
            {stats.emptySearches.map((s) => (
              <tr key={`${s.area}:${s.query}`}>
                <td>{s.query}</td>
                <td>{AREAS[s.area] ?? s.area}</td>
                <td>{s.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}

      <h3>Dừng ở bước nào trong hướng dẫn</h3>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Hướng dẫn</th>
            <th scope="col">Số người tới từng bước</th>
            <th scope="col">Làm xong</th>
          </tr>
        </thead>
        <tbody>
          {stats.guideSteps.map((g) => (
            <tr key={g.guide}>
              <td>{title("guide", g.guide)}</td>
              <td>{g.steps.map((s) => `Bước ${s.step}: ${s.reached}`).join(" · ")}</td>
              <td>{g.finished}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>Thông tin này có giúp ích cho bạn?</h3>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Mục</th>
            <th scope="col">Có</th>
            <th scope="col">Không</th>
          </tr>
        </thead>
        <tbody>
          {stats.helpful.map((h) => (
            <tr key={`${h.kind}:${h.id}`}>
              <td>
                {KINDS[h.kind] ?? h.kind}: {title(h.kind, h.id)}
              </td>
              <td>{h.yes}</td>
              <td>{h.no}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
