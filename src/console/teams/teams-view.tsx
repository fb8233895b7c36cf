import { teamContracts } from "../../shared/api/teams";
import { useCallback, useEffect, useState } from "react";
import type { ManagedMember, ManagedTeam } from "../../shared/schemas/content-admin";
import { MEMBER_ROLES, MemberRoleLabels, type MemberRole } from "../../shared/schemas/team";
import { ConflictPanel } from "../shared/conflict-panel";
import { NoticeLine, SaveCancel, type Notice } from "../shared/form-bits";
import type { FieldSpec } from "../shared/merge-fields";
import { useVersionedEditor } from "../shared/use-versioned-editor";
import { SpreadsheetBar } from "../shared/spreadsheet-bar";
import { call, errorMessage} from "../console-api";

const EMPTY_MEMBER: ManagedMember = { name: "", role: "to-vien", phone: null, phonePublic: false };
const memberLine = (m: ManagedMember) => [m.name, MemberRoleLabels[m.role], m.phone ?? "không có số", m.phonePublic ? "công khai số" : "không công khai"].join(" · ");
const TEAM_FIELDS: FieldSpec<ManagedTeam>[] = [
  { key: "name", label: "Tên tổ" },
  { key: "meetingPlace", label: "Nơi sinh hoạt" },
  { key: "zaloGroupUrl", label: "Nhóm Zalo" },
  { key: "members", label: "Thành viên", text: (ms) => ms.map(memberLine).join("\n") || "(chưa có ai)" },
];

/** Teams and their members; a phone is shown to residents only when "Đồng ý công khai" is ticked. */
export function TeamsView({ ward }: { ward: string }) {
  const [teams, setTeams] = useState<ManagedTeam[]>([]);
  const team = useVersionedEditor<ManagedTeam>(async (mine) => {
    const { items } = await call(teamContracts.manageTeams, { params: { ward } });
    return items.find((t) => t.id === mine.id) ?? mine;
  });
  const { draft: editing, setDraft: setEditing } = team;
  const [message, setMessage] = useState<Notice>(null);
  const load = useCallback(() => {
    call(teamContracts.manageTeams, { params: { ward } }).then((res) => setTeams(res.items), (e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }));
  }, [ward]);
  useEffect(load, [load]);

  const save = async (value = editing) => {
    if (!value) return;
    try {
      const { version, name, meetingPlace, zaloGroupUrl, members } = value;
      const saved = await team.save(value, async () => await call(teamContracts.update, { params: { ward, id: value.id }, body: { version, name, meetingPlace, zaloGroupUrl, members } }));
      // Refused with 409: the conflict panel shows both texts; the form keeps the clerk's.
      if (!saved) return setMessage(null);
      setMessage({ kind: "ok", text: `Đã lưu ${saved.name}.` });
      team.open(null);
      load();
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };
  const setMember = (i: number, patch: Partial<ManagedMember>) => editing && setEditing({ ...editing, members: editing.members.map((m, j) => (j === i ? { ...m, ...patch } : m)) });

  return (
    <section aria-labelledby="teams-title">
      <h2 id="teams-title">Tổ công nghệ số</h2>
      <NoticeLine notice={message} />
      {team.conflict && <ConflictPanel conflict={team.conflict} fields={TEAM_FIELDS} onSave={(merged) => void save(team.resolve(merged))} onUseTheirs={team.takeTheirs} />}
      {editing ? (
        <form className="panel" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <label htmlFor="team-name">Tên tổ</label>
          <input id="team-name" value={editing.name} onChange={(e) => setEditing({ ...editing, name: e.target.value })} />
          <label htmlFor="team-place">Nơi sinh hoạt</label>
          <input id="team-place" value={editing.meetingPlace ?? ""} onChange={(e) => setEditing({ ...editing, meetingPlace: e.target.value || null })} />
          <label htmlFor="team-zalo">Nhóm Zalo (https://zalo.me/g/…)</label>
          <input id="team-zalo" value={editing.zaloGroupUrl ?? ""} onChange={(e) => setEditing({ ...editing, zaloGroupUrl: e.target.value || null })} />
          <h3>Thành viên</h3>
          <table className="list">
            <thead><tr><th scope="col">Họ tên</th><th scope="col">Vai trò</th><th scope="col">Điện thoại</th><th scope="col">Đồng ý công khai số</th><th scope="col"><span className="visually-hidden">Xóa</span></th></tr></thead>
            <tbody>
              {editing.members.map((m, i) => (
                <tr key={i}>
                  <td><input aria-label={`Họ tên thành viên ${i + 1}`} value={m.name} onChange={(e) => setMember(i, { name: e.target.value })} /></td>
                  <td>
                    <select aria-label={`Vai trò thành viên ${i + 1}`} value={m.role} onChange={(e) => setMember(i, { role: e.target.value as MemberRole })}>
                      {MEMBER_ROLES.map((r) => <option key={r} value={r}>{MemberRoleLabels[r]}</option>)}
                    </select>
                  </td>
                  <td><input aria-label={`Điện thoại thành viên ${i + 1}`} value={m.phone ?? ""} onChange={(e) => setMember(i, { phone: e.target.value || null })} /></td>
                  <td><input type="checkbox" aria-label={`Thành viên ${i + 1} đồng ý công khai số điện thoại`} checked={m.phonePublic} onChange={(e) => setMember(i, { phonePublic: e.target.checked })} /></td>
                  <td><button type="button" onClick={() => setEditing({ ...editing, members: editing.members.filter((_, j) => j !== i) })}>Xóa</button></td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" onClick={() => setEditing({ ...editing, members: [...editing.members, EMPTY_MEMBER] })}>Thêm thành viên</button>
          <SaveCancel onCancel={() => team.open(null)} />
        </form>
      ) : (
        <table className="list">
          <thead><tr><th scope="col">Tổ</th><th scope="col">Nơi sinh hoạt</th><th scope="col">Thành viên</th><th scope="col">Số công khai</th></tr></thead>
          <tbody>
            {teams.map((t) => (
              <tr key={t.id}>
                <td><button type="button" className="link" onClick={() => team.open(t)}>{t.name}</button></td>
                <td>{t.meetingPlace ?? "—"}</td>
                <td>{t.members.length}</td>
                <td>{t.members.filter((m) => m.phone && m.phonePublic).length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <SpreadsheetBar ward={ward} kind="teams" onImported={load} />
      <SpreadsheetBar ward={ward} kind="members" onImported={load} />
    </section>
  );
}
