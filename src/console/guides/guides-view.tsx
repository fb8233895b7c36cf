import { guideContracts } from "../../shared/api/guides";
import { useCallback, useEffect, useState } from "react";
import type { ManagedGuide } from "../../shared/schemas/content-admin";
import { GuideTopicLabels, type GuideStep } from "../../shared/schemas/guide";
import { ConflictPanel } from "../shared/conflict-panel";
import { NoticeLine, SaveCancel, type Notice } from "../shared/form-bits";
import type { FieldSpec } from "../shared/merge-fields";
import { useVersionedEditor } from "../shared/use-versioned-editor";
import { call, errorMessage} from "../console-api";

// A guide is saved as one text: the panel compares it as one block, steps one per line.
const GUIDE_FIELDS: FieldSpec<ManagedGuide>[] = [
  { key: "content", label: "Hướng dẫn", text: (c) => [c.title, c.summary, ...c.steps.map((s, i) => `${i + 1}. ${s.title}`)].join("\n") },
];

/** Admins: guides are shared by every ward, so only admins edit their text. */
export function GuidesView() {
  const [guides, setGuides] = useState<ManagedGuide[]>([]);
  const guide = useVersionedEditor<ManagedGuide>(async (mine) => {
    const { items } = await call(guideContracts.manageList, {});
    return items.find((g) => g.content.slug === mine.content.slug) ?? mine;
  });
  const { draft: editing, setDraft: setEditing } = guide;
  const [message, setMessage] = useState<Notice>(null);
  const load = useCallback(() => {
    call(guideContracts.manageList, {}).then((r) => setGuides(r.items), (e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }));
  }, []);
  useEffect(load, [load]);
  const save = async (value = editing) => {
    if (!value) return;
    try {
      const saved = await guide.save(value, async () => (await call(guideContracts.put, { params: { slug: value.content.slug }, body: value }), value));
      if (!saved) return setMessage(null);
      setMessage({ kind: "ok", text: `Đã lưu “${value.content.title}”. Mọi phường thấy ngay bản mới.` });
      guide.open(null);
      load();
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };
  const content = editing?.content;
  const setContent = (patch: Partial<ManagedGuide["content"]>) => editing && setEditing({ ...editing, content: { ...editing.content, ...patch } });
  const setStep = (i: number, patch: Partial<GuideStep>) =>
    content && setContent({ steps: content.steps.map((s, j) => (j === i ? Object.fromEntries(Object.entries({ ...s, ...patch }).filter(([, v]) => v !== "")) as GuideStep : s)) });
  return (
    <section aria-labelledby="guides-title">
      <h2 id="guides-title">Hướng dẫn từng bước</h2>
      <NoticeLine notice={message} />
      {guide.conflict && <ConflictPanel conflict={guide.conflict} fields={GUIDE_FIELDS} onSave={(merged) => void save(guide.resolve(merged))} onUseTheirs={guide.takeTheirs} />}
      {editing && content ? (
        <form className="panel" onSubmit={(e) => { e.preventDefault(); void save(); }}>
          <label htmlFor="guide-title">Tiêu đề</label>
          <input id="guide-title" value={content.title} onChange={(e) => setContent({ title: e.target.value })} />
          <label htmlFor="guide-summary">Tóm tắt</label>
          <textarea id="guide-summary" rows={2} value={content.summary} onChange={(e) => setContent({ summary: e.target.value })} />
          <label htmlFor="guide-checked">Ngày kiểm tra nguồn</label>
          <input id="guide-checked" type="date" value={content.checkedAt} onChange={(e) => setContent({ checkedAt: e.target.value })} />
          {content.steps.map((s, i) => (
            <fieldset key={i} className="office">
              <legend>Bước {i + 1}</legend>
              <label htmlFor={`step-${i}-title`}>Việc cần làm</label>
              <input id={`step-${i}-title`} value={s.title} onChange={(e) => setStep(i, { title: e.target.value })} />
              <label htmlFor={`step-${i}-body`}>Giải thích</label>
              <textarea id={`step-${i}-body`} rows={3} value={s.body} onChange={(e) => setStep(i, { body: e.target.value })} />
              <label htmlFor={`step-${i}-tip`}>Mẹo (không bắt buộc)</label>
              <input id={`step-${i}-tip`} value={s.tip ?? ""} onChange={(e) => setStep(i, { tip: e.target.value })} />
              <label htmlFor={`step-${i}-warning`}>Cảnh báo (không bắt buộc)</label>
              <input id={`step-${i}-warning`} value={s.warning ?? ""} onChange={(e) => setStep(i, { warning: e.target.value })} />
            </fieldset>
          ))}
          <SaveCancel onCancel={() => guide.open(null)} />
        </form>
      ) : (
        <table className="list">
          <thead><tr><th scope="col">Hướng dẫn</th><th scope="col">Chủ đề</th><th scope="col">Số bước</th><th scope="col">Kiểm tra</th></tr></thead>
          <tbody>
            {guides.map((g) => (
              <tr key={g.content.slug}>
                <td><button type="button" className="link" onClick={() => guide.open(g)}>{g.content.title}</button></td>
                <td>{GuideTopicLabels[g.content.topic]}</td>
                <td>{g.content.steps.length}</td>
                <td>{g.content.checkedAt}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
