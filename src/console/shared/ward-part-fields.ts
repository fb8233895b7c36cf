import type { ManagedProcedure } from "../../shared/schemas/content-admin";
import type { Ward } from "../../shared/schemas/ward";
import type { FieldSpec } from "../shared/merge-fields";

/** The ward's part of a procedure is saved as one: the conflict panel compares it as one block of lines. */
export const wardPartFields = (offices: Ward["offices"]): FieldSpec<ManagedProcedure>[] => [
  {
    key: "local",
    label: "Phần của phường",
    text: (l) =>
      [
        `Nơi nhận hồ sơ: ${offices.find((o) => o.id === l.officeId)?.name ?? "Mặc định"}`,
        `Ghi chú: ${l.note ?? "(trống)"}`,
        `Hỏi nhiều: ${l.popularRank ?? "không"}`,
        l.hidden ? "Đã ẩn" : "Hiển thị",
      ].join("\n"),
  },
];
