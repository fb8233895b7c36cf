import { authContracts } from "../../shared/api/auth";
import { useState, type FormEvent } from "react";
import type { Session } from "../../shared/schemas/staff";
import { call, errorMessage } from "../console-api";
import { NoticeLine, type Notice } from "../shared/form-bits";

/**
 * One's own password. `forced`: the first sign-in after an admin set or reset it; nothing else can
 * be done until the member has chosen a password only they know.
 */
export function ChangePasswordView({ forced, onChanged }: { forced: boolean; onChanged: (session: Session) => void }) {
  const [current, setCurrent] = useState("");
  const [next, setNext] = useState("");
  const [again, setAgain] = useState("");
  const [notice, setNotice] = useState<Notice>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (next !== again) {
      setNotice({ kind: "error", text: "Hai lần nhập mật khẩu mới không giống nhau. Hãy gõ lại ô thứ hai." });
      return;
    }
    setBusy(true);
    setNotice(null);
    try {
      const session = await call(authContracts.changePassword, { body: { currentPassword: current, newPassword: next } });
      setCurrent("");
      setNext("");
      setAgain("");
      setNotice({ kind: "ok", text: "Đã đổi mật khẩu. Các máy khác đang đăng nhập bằng tài khoản này đã bị đăng xuất." });
      onChanged(session);
    } catch (e) {
      setNotice({ kind: "error", text: errorMessage(e) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="password-title" className={forced ? "sign-in" : undefined}>
      <h2 id="password-title">{forced ? "Hãy đặt mật khẩu của riêng bạn" : "Đổi mật khẩu"}</h2>
      {forced && <p>Mật khẩu bạn vừa dùng do quản trị viên đặt. Hãy chọn mật khẩu mới mà chỉ bạn biết, rồi mới làm việc tiếp.</p>}
      <form className="panel inline-form" onSubmit={(e) => void submit(e)}>
        <label htmlFor="current-password">Mật khẩu hiện tại</label>
        <input id="current-password" type="password" value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="current-password" required />
        <label htmlFor="new-password">Mật khẩu mới</label>
        <input id="new-password" type="password" value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" minLength={10} required aria-describedby="new-password-hint" />
        <p id="new-password-hint" className="hint">Ít nhất 10 ký tự. Dễ nhớ mà khó đoán nhất là một câu ngắn gồm 4–5 từ không liên quan, kiểu như “mây trắng gõ cửa chiều thu” (đừng dùng đúng câu này). Đừng dùng tên, ngày sinh hay tên phường.</p>
        <label htmlFor="new-password-again">Nhập lại mật khẩu mới</label>
        <input id="new-password-again" type="password" value={again} onChange={(e) => setAgain(e.target.value)} autoComplete="new-password" required />
        <NoticeLine notice={notice} />
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Đang đổi…" : "Đổi mật khẩu"}
        </button>
      </form>
    </section>
  );
}
