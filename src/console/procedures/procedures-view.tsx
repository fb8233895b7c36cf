import { procedureContracts } from "../../shared/api/procedures";
import { wardContracts } from "../../shared/api/wards";
import { useCallback, useEffect, useState } from "react";
import type { ManagedProcedure } from "../../shared/schemas/content-admin";
import { ProcedureFieldLabels } from "../../shared/schemas/procedure";
import type { Ward } from "../../shared/schemas/ward";
import { ConflictPanel } from "../shared/conflict-panel";
import { NoticeLine, SaveCancel, type Notice } from "../shared/form-bits";
import { useVersionedEditor } from "../shared/use-versioned-editor";
import { wardPartFields } from "../shared/ward-part-fields";
import { call, errorMessage} from "../console-api";

/** The ward's part of each procedure: which office takes it, a local note, most-asked, hidden. */
export function ProceduresView({ ward }: { ward: string }) {
  const [items, setItems] = useState<ManagedProcedure[]>([]);
  const [offices, setOffices] = useState<Ward["offices"]>([]);
  const procedure = useVersionedEditor<ManagedProcedure>(async (mine) => {
    const { items } = await call(procedureContracts.manageList, { params: { ward } });
    return items.find((p) => p.slug === mine.slug) ?? mine;
  });
  const { draft: editing, setDraft: setEditing } = procedure;
  const fields = wardPartFields(offices);
  const [message, setMessage] = useState<Notice>(null);
  const load = useCallback(() => {
    call(procedureContracts.manageList, { params: { ward } }).then((res) => setItems(res.items), (e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }));
    call(wardContracts.one, { params: { ward } }).then((res) => setOffices(res.offices), () => undefined);
  }, [ward]);
  useEffect(load, [load]);

  const save = async (value = editing) => {
    if (!value) return;
    try {
      const saved = await procedure.save(value, async () => await call(procedureContracts.putLocal, { params: { ward, slug: value.slug }, body: { ...value.local, version: value.version ?? undefined } }));
      if (!saved) return setMessage(null);
      setMessage({ kind: "ok", text: `Đã lưu “${saved.name}”.` });
      procedure.open(null);
      load();
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };
  const local = editing?.local;
  const set = (patch: Partial<ManagedProcedure["local"]>) => editing && setEditing({ ...editing, local: { ...editing.local, ...patch } });

  return (
    <section aria-labelledby="proc-title">
      <h2 id="proc-title">Thủ tục: phần của phường</h2>
      <p>Nội dung thủ tục là của cả nước. Ở đây phường chọn nơi nhận hồ sơ, ghi chú riêng, thủ tục hỏi nhiều, hoặc ẩn thủ tục phường không làm.</p>
      <NoticeLine notice={message} />
      {procedure.conflict && <ConflictPanel conflict={procedure.conflict} fields={fields} onSave={(merged) => void save(procedure.resolve(merged))} onUseTheirs={procedure.takeTheirs} />}
      {editing && local && (
        <form className="panel" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <h3>{editing.name}</h3>
          <label htmlFor="proc-office">Nơi nhận hồ sơ</label>
          <select id="proc-office" value={local.officeId ?? ""} onChange={(e) => set({ officeId: e.target.value || null })}>
            <option value="">Mặc định (một cửa, hoặc Công an phường cho thủ tục cư trú)</option>
            {offices.map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
          <label htmlFor="proc-note">Ghi chú của phường</label>
          <textarea id="proc-note" rows={3} value={local.note ?? ""} onChange={(e) => set({ note: e.target.value || null })} />
          <label htmlFor="proc-rank">Thứ tự trong “Người dân hỏi nhiều nhất” (để trống nếu không)</label>
          <input id="proc-rank" type="number" min={1} max={100} value={local.popularRank ?? ""} onChange={(e) => set({ popularRank: e.target.value ? Number(e.target.value) : null })} />
          <label className="check"><input type="checkbox" checked={local.hidden} onChange={(e) => set({ hidden: e.target.checked })} /> Ẩn thủ tục này (phường không giải quyết)</label>
          <SaveCancel onCancel={() => procedure.open(null)} />
        </form>
      )}
      <table className="list">
        <thead><tr><th scope="col">Thủ tục</th><th scope="col">Lĩnh vực</th><th scope="col">Nơi nhận</th><th scope="col">Hỏi nhiều</th><th scope="col">Hiển thị</th></tr></thead>
        <tbody>
          {items.map((p) => (
            <tr key={p.slug}>
              <td><button type="button" className="link" onClick={() => procedure.open(p)}>{p.name}</button></td>
              <td>{ProcedureFieldLabels[p.field]}</td>
              <td>{offices.find((o) => o.id === p.local.officeId)?.name ?? "Mặc định"}</td>
              <td>{p.local.popularRank ?? "—"}</td>
              <td>{p.local.hidden ? "Đã ẩn" : "Có"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
