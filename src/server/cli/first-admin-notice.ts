import type { RunningServer } from "../server";

/** Shown once, when this start created the first staff account: the only time its password is visible. */
export function announceFirstAdmin(server: RunningServer, say: (line: string) => void): void {
  if (!server.firstAdmin) return;
  const { login, password } = server.firstAdmin;
  say("");
  say(`First staff account created: login "${login}"${password ? `, password ${password}` : " (password from BOOTSTRAP_ADMIN_PASSWORD)"}`);
  if (password) say(`This password is shown only now. Keep it safe; a new one any time: npm run staff -- reset ${login}`);
}
