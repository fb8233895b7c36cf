import { parseArgs } from "node:util";
import { runCli, withCliDatabase } from "./run-cli";
import { notFound } from "../lib/api-error";
import { findStaffByLogin } from "../repositories/staff";
import { createStaff, updateStaff } from "../services/staff-accounts";

const USAGE = `Usage:
  npm run staff -- add <login> --name "Họ tên" --role editor|admin --ward hoa-cuong [--ward …] [--national]
  npm run staff -- reset <login>       (prints a new password once; it must be changed at the next sign-in)
  npm run staff -- disable <login>
  npm run staff -- enable <login>`;

const say = (line: string) => process.stdout.write(`${line}\n`);

// The same services as the console, as the shell ("shell" in the audit log), with the same clock.
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" }, role: { type: "string" }, ward: { type: "string", multiple: true }, national: { type: "boolean" } },
  });
  const [command, login] = positionals;
  if (!command || !login) {
    say(USAGE);
    return 2;
  }
  return withCliDatabase(async (ctx) => {
    const { db } = ctx;
    if (command === "add") {
      const role = values.role === "admin" ? "admin" : values.role === "editor" ? "editor" : null;
      if (!role || !values.name || !values.ward?.length) {
        say(USAGE);
        return 2;
      }
      const created = await createStaff(ctx, "shell", { login, name: values.name, role, wards: values.ward, nationalEditor: values.national ?? false });
      say(`Created ${role} "${login}". Password (shown only now; to be changed at the first sign-in): ${created.password}`);
      return 0;
    }
    if (command !== "reset" && command !== "disable" && command !== "enable") {
      say(USAGE);
      return 2;
    }
    const target = await findStaffByLogin(db, login);
    if (!target) throw notFound(`Tài khoản "${login}"`);
    const change = command === "reset" ? { resetPassword: true } : { disabled: command === "disable" };
    const result = await updateStaff(ctx, "shell", target, change);
    say(result.password ? `New password for "${login}" (shown only now; to be changed at the next sign-in): ${result.password}` : `"${login}" is ${command}d.`);
    return 0;
  });
}

await runCli(main);
