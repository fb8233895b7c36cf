import { parseArgs } from "node:util";
import { runCli, withCliDatabase } from "./run-cli";
import { listWards } from "../repositories/wards";
import { createWard, DEFAULT_HOURS } from "../services/ward-onboarding";
import type { Actor } from "../services/versioned-change";

const USAGE = `Usage:
  npm run ward -- add <slug> --name "Phường …" --province "…" [--hotline "0236 …"]
      [--former "Phường A;Phường B"] [--oa <Zalo OA id>] [--title "Tên ứng dụng"] [--color "#0b5cab"] [--logo https://…]
      [--city-channel "Tổng đài 1022 Đà Nẵng" --city-phone "0236 1022" --city-url https://…]
      [--office-address "270 Trưng Nữ Vương"]
  npm run ward -- list`;

const SHELL: Actor = { id: null, login: "shell", name: "Dòng lệnh (npm run ward)" };
const say = (line: string) => process.stdout.write(`${line}\n`);

// The same service as the console's "Phường" view, as the shell ("shell" in the audit log).
async function main(): Promise<number> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      name: { type: "string" },
      province: { type: "string" },
      hotline: { type: "string" },
      former: { type: "string" },
      oa: { type: "string" },
      title: { type: "string" },
      color: { type: "string" },
      logo: { type: "string" },
      "city-channel": { type: "string" },
      "city-phone": { type: "string" },
      "city-url": { type: "string" },
      "office-address": { type: "string" },
    },
  });
  const [command, slug] = positionals;
  if (command !== "list" && (command !== "add" || !slug || !values.name || !values.province)) {
    say(USAGE);
    return 2;
  }
  return withCliDatabase(async (ctx) => {
    const { db } = ctx;
    if (command === "list") {
      for (const w of await listWards(db)) say(`${w.slug}\t${w.name}\t${w.province}${w.isDemo ? "\t(demo)" : ""}`);
      return 0;
    }
    const ward = await createWard(ctx, SHELL, {
      slug: slug ?? "",
      name: values.name ?? "",
      province: values.province ?? "",
      hotline: values.hotline ?? null,
      formerUnits: values.former?.split(";") ?? [],
      zaloOaId: values.oa ?? null,
      cityChannel: values["city-channel"] ? { name: values["city-channel"], phone: values["city-phone"] ?? null, url: values["city-url"] ?? null } : null,
      // One address is enough to start: the office keeps the usual hours until the ward changes them.
      offices: values["office-address"] ? [{ name: "", address: values["office-address"], phone: values.hotline ?? null, hours: DEFAULT_HOURS }] : [],
      branding: { title: values.title ?? null, color: values.color ?? null, logoUrl: values.logo ?? null },
    });
    say(`Đã tạo ${ward.name} (${ward.slug}). Giờ làm việc mặc định: thứ Hai–thứ Sáu 07:30–11:30, 13:30–17:00; hãy sửa trong "Cài đặt phường".`);
    say(`Next: npm run staff -- add <login> --name "Họ tên" --role admin --ward ${ward.slug}; build the mini app with VITE_WARD_SLUG=${ward.slug}.`);
    return 0;
  });
}

await runCli(main);
