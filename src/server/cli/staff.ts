import { parseArgs } from "node:util";
import { ConfigError, loadConfig } from "../config";
import { openDatabase } from "../db/database";
import { migrate } from "../db/migrate";
import { ApiError } from "../lib/api-error";
import { addStaff, resetStaffPassword, setStaffDisabled } from "../lib/staff-accounts";

const USAGE = `Usage:
  npm run staff -- add <login> --name "Họ tên" --role editor|admin --ward hoa-cuong [--ward …]
  npm run staff -- reset <login>       (prints a new password once)
  npm run staff -- disable <login>
  npm run staff -- enable <login>`;

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { name: { type: "string" }, role: { type: "string" }, ward: { type: "string", multiple: true } },
  });
  const [command, login] = positionals;
  if (!command || !login) {
    say(USAGE);
    return 2;
  }
  const db = await openDatabase(loadConfig().database);
  try {
    await migrate(db);
    if (command === "add") {
      const role = values.role === "admin" ? "admin" : values.role === "editor" ? "editor" : null;
      if (!role || !values.name || !values.ward?.length) {
        say(USAGE);
        return 2;
      }
      const created = await addStaff(db, { login, name: values.name, role, wards: values.ward });
      say(`Created ${role} "${login}". Password (shown only now): ${created.password}`);
    } else if (command === "reset") {
      say(`New password for "${login}" (shown only now): ${(await resetStaffPassword(db, login)).password}`);
    } else if (command === "disable" || command === "enable") {
      await setStaffDisabled(db, login, command === "disable");
      say(`"${login}" is ${command}d.`);
    } else {
      say(USAGE);
      return 2;
    }
    return 0;
  } finally {
    await db.close();
  }
}

try {
  process.exitCode = await main();
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError || error instanceof ApiError ? error.message : (error as Error).stack}\n`);
  process.exitCode = 1;
}
