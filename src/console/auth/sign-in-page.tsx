import { useState, type FormEvent } from "react";
import { errorMessage } from "../console-api";

export function SignInPage({ onSignIn }: { onSignIn: (login: string, password: string) => Promise<void> }) {
  const [login, setLogin] = useState("");
  const [password, setPassword] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await onSignIn(login, password);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <main className="sign-in">
      <h1>Trang quản trị Công Dân Số</h1>
      <p>Dành cho cán bộ phường: đăng thông báo, cập nhật nội dung.</p>
      <form onSubmit={(e) => void submit(e)} className="panel">
        <label htmlFor="login">Tên đăng nhập</label>
        <input id="login" value={login} onChange={(e) => setLogin(e.target.value)} autoComplete="username" required autoFocus />
        <label htmlFor="password">Mật khẩu</label>
        <input id="password" type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="current-password" required />
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
        <button type="submit" className="primary" disabled={busy}>
          {busy ? "Đang đăng nhập…" : "Đăng nhập"}
        </button>
      </form>
    </main>
  );
}
