import { teamContracts } from "../../shared/api/teams";
import { useCallback, useEffect, useState } from "react";
import { checkedStreets, MAX_STREETS } from "../../shared/area-streets";
import type { ManagedArea, ManagedTeam } from "../../shared/schemas/content-admin";
import { ConflictPanel } from "../shared/conflict-panel";
import { NoticeLine, SaveCancel, type Notice } from "../shared/form-bits";
import type { FieldSpec } from "../shared/merge-fields";
import { useVersionedEditor } from "../shared/use-versioned-editor";
import { SpreadsheetBar } from "../shared/spreadsheet-bar";
import { call, errorMessage} from "../console-api";

const NEW_AREA: ManagedArea = { id: "", name: "", formerWard: null, formerName: null, aliases: [], streets: [], teamId: null };
const lines = (items: string[]) => items.join("\n") || "(trống)";

/** Residential areas with their former names (residents still use them) and the team that covers each. */
export function AreasView({ ward }: { ward: string }) {
  const [areas, setAreas] = useState<ManagedArea[]>([]);
  const [teams, setTeams] = useState<ManagedTeam[]>([]);
  const area = useVersionedEditor<ManagedArea>(async (mine) => {
    const { items } = await call(teamContracts.manageAreas, { params: { ward } });
    return items.find((a) => a.id === mine.id) ?? mine;
  });
  const { draft: editing, setDraft: setEditing } = area;
  // The streets as typed (one per line): tidied only on save, so a new empty line can be typed.
  const [streetsText, setStreetsText] = useState("");
  const open = (next: ManagedArea | null) => {
    area.open(next);
    setStreetsText(next?.streets.join("\n") ?? "");
  };
  const fields: FieldSpec<ManagedArea>[] = [
    { key: "name", label: "Tên hiện nay" },
    { key: "formerWard", label: "Phường cũ" },
    { key: "formerName", label: "Tên cũ" },
    { key: "aliases", label: "Tên gọi khác", text: lines },
    { key: "streets", label: "Đường, kiệt", text: lines },
    { key: "teamId", label: "Tổ công nghệ số phụ trách", text: (id) => teams.find((t) => t.id === id)?.name ?? "(chưa có)" },
  ];
  const [message, setMessage] = useState<Notice>(null);
  const load = useCallback(() => {
    call(teamContracts.manageAreas, { params: { ward } }).then((r) => setAreas(r.items), (e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }));
    call(teamContracts.manageTeams, { params: { ward } }).then((r) => setTeams(r.items), () => undefined);
  }, [ward]);
  useEffect(load, [load]);
  const save = async (value = editing, typedStreets = streetsText) => {
    if (!value) return;
    const streets = checkedStreets(typedStreets.split("\n"));
    if (streets.problem !== null) {
      setMessage({ kind: "error", text: streets.problem });
      return;
    }
    try {
      const sent = { ...value, streets: streets.streets };
      const saved = await area.save(sent, async () => await call(teamContracts.putArea, { params: { ward, id: sent.id }, body: sent }));
      if (!saved) return setMessage(null);
      setMessage({ kind: "ok", text: `Đã lưu ${saved.name}.` });
      open(null);
      load();
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };
  return (
    <section aria-labelledby="areas-title">
      <div className="toolbar">
        <h2 id="areas-title">Tổ dân phố</h2>
        <button type="button" className="primary" onClick={() => open(NEW_AREA)}>Thêm tổ dân phố</button>
      </div>
      <NoticeLine notice={message} />
      {area.conflict && (
        <ConflictPanel
          conflict={area.conflict}
          fields={fields}
          onSave={(merged) => {
            setStreetsText(merged.streets.join("\n"));
            void save(area.resolve(merged), merged.streets.join("\n"));
          }}
          onUseTheirs={() => area.conflict && open(area.conflict.theirs)}
        />
      )}
      {editing && (
        <form className="panel" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <label htmlFor="area-id">Mã (chữ thường, không dấu, ví dụ hcb-21)</label>
          <input id="area-id" value={editing.id} disabled={editing.version !== undefined} pattern="[a-z0-9]+(-[a-z0-9]+)*" required onChange={(e) => setEditing({ ...editing, id: e.target.value })} />
          <label htmlFor="area-name">Tên hiện nay</label>
          <input id="area-name" value={editing.name} required onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
          <label htmlFor="area-former-ward">Phường cũ</label>
          <input id="area-former-ward" value={editing.formerWard ?? ""} onChange={(e) => setEditing({ ...editing, formerWard: e.target.value || null })} />
          <label htmlFor="area-former-name">Tên cũ</label>
          <input id="area-former-name" value={editing.formerName ?? ""} onChange={(e) => setEditing({ ...editing, formerName: e.target.value || null })} />
          <label htmlFor="area-aliases">Tên gọi khác (cách nhau bằng dấu phẩy)</label>
          <input id="area-aliases" value={editing.aliases.join(", ")} onChange={(e) => setEditing({ ...editing, aliases: e.target.value.split(",").map((a) => a.trim()).filter(Boolean) })} />
          <label htmlFor="area-streets">Đường, kiệt thuộc tổ (mỗi dòng một tên, tối đa {MAX_STREETS})</label>
          <textarea id="area-streets" rows={5} value={streetsText} placeholder={"kiệt 45 Trưng Nữ Vương\nđường Núi Thành"} onChange={(e) => setStreetsText(e.target.value)} />
          <label htmlFor="area-team">Tổ công nghệ số phụ trách</label>
          <select id="area-team" value={editing.teamId ?? ""} onChange={(e) => setEditing({ ...editing, teamId: e.target.value || null })}>
            <option value="">Chưa có</option>
            {teams.map((t) => <option key={t.id} value={t.id}>{t.name}</option>)}
          </select>
          <SaveCancel onCancel={() => open(null)} />
        </form>
      )}
      <table className="list">
        <thead><tr><th scope="col">Tên hiện nay</th><th scope="col">Tên cũ</th><th scope="col">Đường, kiệt</th><th scope="col">Tổ công nghệ số</th></tr></thead>
        <tbody>
          {areas.map((a) => (
            <tr key={a.id}>
              <td><button type="button" className="link" onClick={() => open(a)}>{a.name}</button></td>
              <td>{a.formerName ?? "—"}</td>
              <td>{a.streets.length ? a.streets.join("; ") : "—"}</td>
              <td>{teams.find((t) => t.id === a.teamId)?.name ?? "Chưa có"}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <SpreadsheetBar ward={ward} kind="areas" onImported={load} />
    </section>
  );
}
