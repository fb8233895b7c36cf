import { staffContracts } from "../../shared/api/auth";
import { useCallback, useEffect, useState, type FormEvent } from "react";
import { StaffRoleLabels, type StaffMember, type StaffRole } from "../../shared/schemas/staff";
import { NoticeLine, type Notice } from "../shared/form-bits";
import { call, errorMessage } from "../console-api";

type WithPassword = { staff: StaffMember; password: string | null };

/** Admins: the ward's staff, new accounts, password resets and disabling. Passwords are shown once. */
export function StaffView({ ward }: { ward: string }) {
  const [items, setItems] = useState<StaffMember[]>([]);
  const [message, setMessage] = useState<Notice>(null);
  const [login, setLogin] = useState("");
  const [name, setName] = useState("");
  const [role, setRole] = useState<StaffRole>("editor");

  const load = useCallback(() => {
    call(staffContracts.list, {}).then((res) => setItems(res.items), (e: unknown) => setMessage({ kind: "error", text: errorMessage(e) }));
  }, []);
  useEffect(load, [load]);

  const run = async (action: () => Promise<WithPassword>, done: (r: WithPassword) => string) => {
    try {
      setMessage({ kind: "ok", text: done(await action()) });
      load();
    } catch (e) {
      setMessage({ kind: "error", text: errorMessage(e) });
    }
  };
  const add = (event: FormEvent) => {
    event.preventDefault();
    void run(
      async () => await call(staffContracts.create, { body: { login, name, role, wards: [ward] } }),
      (r) => `Đã tạo tài khoản ${r.staff.login}. Mật khẩu tạm (chỉ hiện lần này): ${r.password ?? ""}. Người dùng sẽ phải đổi mật khẩu khi đăng nhập lần đầu.`,
    );
  };
  return (
    <section aria-labelledby="staff-title">
      <h2 id="staff-title">Cán bộ</h2>
      <NoticeLine notice={message} />
      <table className="list">
        <thead>
          <tr>
            <th scope="col">Tên đăng nhập</th>
            <th scope="col">Họ tên</th>
            <th scope="col">Quyền</th>
            <th scope="col">Trạng thái</th>
            <th scope="col">Thao tác</th>
          </tr>
        </thead>
        <tbody>
          {items.map((s) => (
            <tr key={s.id}>
              <td>{s.login}</td>
              <td>{s.name}</td>
              <td>
                {StaffRoleLabels[s.role]}
                {s.nationalEditor ? " · Toàn quốc" : ""}
              </td>
              <td>{s.disabled ? "Đã khóa" : s.mustChangePassword ? "Chờ đổi mật khẩu" : "Đang dùng"}</td>
              <td className="row-actions">
                <button type="button" onClick={() => void run(async () => await call(staffContracts.update, { params: { id: s.id }, body: { resetPassword: true } }), (r) => `Mật khẩu tạm của ${r.staff.login} (chỉ hiện lần này): ${r.password ?? ""}. Người dùng sẽ phải đổi mật khẩu khi đăng nhập.`)}>
                  Đặt lại mật khẩu
                </button>
                <button type="button" onClick={() => void run(async () => await call(staffContracts.update, { params: { id: s.id }, body: { disabled: !s.disabled } }), (r) => `${r.staff.login}: ${r.staff.disabled ? "đã khóa" : "đã mở khóa"}.`)}>
                  {s.disabled ? "Mở khóa" : "Khóa"}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <form className="panel inline-form" onSubmit={add}>
        <h3>Thêm cán bộ</h3>
        <label htmlFor="new-login">Tên đăng nhập</label>
        <input id="new-login" value={login} onChange={(e) => setLogin(e.target.value)} pattern="[A-Za-z0-9._-]{3,40}" required />
        <label htmlFor="new-name">Họ tên</label>
        <input id="new-name" value={name} onChange={(e) => setName(e.target.value)} required />
        <label htmlFor="new-role">Quyền</label>
        <select id="new-role" value={role} onChange={(e) => setRole(e.target.value as StaffRole)}>
          <option value="editor">{StaffRoleLabels.editor}</option>
          <option value="admin">{StaffRoleLabels.admin}</option>
        </select>
        <button type="submit" className="primary">
          Tạo tài khoản
        </button>
      </form>
    </section>
  );
}
