import Type, { type Static } from "typebox";

// The NATIONAL part of a procedure (thủ tục hành chính): what dichvucong.gov.vn and the statutes say,
// the same for every ward. Where to file, opening hours and local notes belong to a ward and live
// elsewhere, so that many wards can share one catalogue.

export const PROCEDURE_FIELDS = [
  "ho-tich",
  "chung-thuc",
  "cu-tru",
  "bao-tro-xa-hoi",
  "ho-kinh-doanh",
  "can-cuoc",
  "lien-thong",
] as const;
export type ProcedureField = (typeof PROCEDURE_FIELDS)[number];
// Type.Enum keeps the literal union in Static; Type.Union over `.map(Type.Literal)` collapses to never.
export const ProcedureFieldSchema = Type.Enum(PROCEDURE_FIELDS);

export const ProcedureFieldLabels: Record<ProcedureField, string> = {
  "ho-tich": "Hộ tịch",
  "chung-thuc": "Chứng thực",
  "cu-tru": "Cư trú",
  "bao-tro-xa-hoi": "Bảo trợ xã hội",
  "ho-kinh-doanh": "Hộ kinh doanh",
  "can-cuoc": "Căn cước",
  "lien-thong": "Liên thông",
};

export const PROCEDURE_CODE_PATTERN = "^[0-9]\\.[0-9]{6}$";
export const ProcedureCodeSchema = Type.String({
  pattern: PROCEDURE_CODE_PATTERN,
  description: "Mã thủ tục on the national database, e.g. 1.001193",
});

export const ProcedureSlugSchema = Type.String({
  pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
  minLength: 3,
  maxLength: 100,
  description: "Lower-case ASCII words joined by hyphens, unique in the catalogue, e.g. dang-ky-khai-sinh",
});

// The portal link of a code: its record page, or a search for the code (see portal-records.ts).
export { officialProcedureUrl, isPortalSearchUrl } from "../portal-records";

const Text = Type.String({ minLength: 1 });
const IsoDateSchema = Type.String({
  pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
  description: "Calendar date, YYYY-MM-DD",
});

export const CHANNEL_MODES = ["in-person", "online", "post"] as const;
export type ChannelMode = (typeof CHANNEL_MODES)[number];
export const ChannelModeSchema = Type.Enum(CHANNEL_MODES);

export const ChannelModeLabels: Record<ChannelMode, string> = {
  "in-person": "Nộp trực tiếp",
  online: "Nộp trực tuyến",
  post: "Gửi qua bưu điện",
};

// A fee the sources do not publish is "not-published", never "free": "free" is only for an
// exemption with a legal basis, which its text must name.
export const FeeSchema = Type.Union([
  Type.Object(
    {
      kind: Type.Literal("amount"),
      amountVnd: Type.Integer({ minimum: 1, description: "The headline amount in đồng" }),
      text: Text,
    },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal("free"), text: Text }, { additionalProperties: false }),
  Type.Object(
    { kind: Type.Literal("not-published"), text: Type.Optional(Text) },
    { additionalProperties: false },
  ),
  Type.Object({ kind: Type.Literal("varies"), text: Text }, { additionalProperties: false }),
]);
export type Fee = Static<typeof FeeSchema>;

/** A fee as residents read it: one the sources do not publish says so, never shown as free. */
export function feeText(fee: Fee): string {
  if (fee.kind === "not-published") return fee.text ? `Chưa được công bố. ${fee.text}` : "Chưa được công bố";
  return fee.text;
}

export const ChannelSchema = Type.Object(
  {
    mode: ChannelModeSchema,
    timeLimit: Type.Union([Text, Type.Null()], {
      description: "Thời hạn giải quyết in plain words; null when no source gives it",
    }),
    fee: FeeSchema,
    note: Type.Optional(Text),
  },
  { additionalProperties: false },
);
export type Channel = Static<typeof ChannelSchema>;

export const COPY_TYPES = ["original", "copy", "certified-copy", "original-to-show", "electronic", "any"] as const;
export type CopyType = (typeof COPY_TYPES)[number];
export const CopyTypeSchema = Type.Enum(COPY_TYPES);

export const CopyTypeLabels: Record<CopyType, string> = {
  original: "Bản chính",
  copy: "Bản sao hoặc bản chụp",
  "certified-copy": "Bản sao có chứng thực",
  "original-to-show": "Bản chính để xuất trình, không phải nộp",
  electronic: "Bản điện tử",
  any: "Bản chính hoặc bản sao",
};

export const ProcedureDocumentSchema = Type.Object(
  {
    name: Text,
    form: Type.Optional(Type.String({ minLength: 1, description: "Form number, e.g. Mẫu CT01" })),
    copyType: CopyTypeSchema,
    quantity: Type.Integer({ minimum: 1 }),
    required: Type.Boolean(),
    note: Type.Optional(Text),
  },
  { additionalProperties: false },
);
export type ProcedureDocument = Static<typeof ProcedureDocumentSchema>;

export const DocumentCaseSchema = Type.Object(
  {
    case: Type.String({ minLength: 1, description: "e.g. Trường hợp thông thường" }),
    documents: Type.Array(ProcedureDocumentSchema, { minItems: 1 }),
  },
  { additionalProperties: false },
);
export type DocumentCase = Static<typeof DocumentCaseSchema>;

export const ONLINE_LEVELS = ["full", "partial", "none", "unknown"] as const;
export type OnlineLevel = (typeof ONLINE_LEVELS)[number];
export const OnlineLevelSchema = Type.Enum(ONLINE_LEVELS);

export const OnlineLevelLabels: Record<OnlineLevel, string> = {
  full: "Trực tuyến toàn trình",
  partial: "Trực tuyến một phần",
  none: "Không làm trực tuyến",
  unknown: "Mức trực tuyến chưa xác minh",
};

export const HANDLERS = ["ubnd", "cong-an", "ubnd-and-others"] as const;
export type ProcedureHandler = (typeof HANDLERS)[number];
export const ProcedureHandlerLabels: Record<ProcedureHandler, string> = {
  ubnd: "UBND phường, bộ phận một cửa",
  "cong-an": "Công an phường",
  "ubnd-and-others": "UBND phường cùng các cơ quan liên thông",
};
export const ProcedureHandlerSchema = Type.Enum(HANDLERS, {
  description:
    "Who receives the file in a ward: the People's Committee one-stop desk, the ward police, or a liên thông group",
});

export const SourceSchema = Type.Object(
  { title: Text, url: Type.Optional(Type.String({ pattern: "^https?://" })) },
  { additionalProperties: false },
);
export type ProcedureSource = Static<typeof SourceSchema>;

export const ProcedureContentSchema = Type.Object(
  {
    code: Type.Union([ProcedureCodeSchema, Type.Null()], {
      description: "Mã thủ tục; null when none exists or none was verified (liên thông groups)",
    }),
    slug: ProcedureSlugSchema,
    name: Text,
    field: ProcedureFieldSchema,
    summary: Type.String({ minLength: 1, maxLength: 400, description: "1–2 plain sentences" }),
    whoFiles: Text,
    conditions: Type.Array(Text),
    channels: Type.Array(ChannelSchema, { minItems: 1 }),
    documentCases: Type.Array(DocumentCaseSchema, { minItems: 1 }),
    steps: Type.Array(Text, { minItems: 1, description: "One action each, numbered in the UI" }),
    result: Text,
    legalBasis: Type.Array(Text, { minItems: 1 }),
    onlineLevel: OnlineLevelSchema,
    officialUrl: Type.Union([Type.String({ pattern: "^https://" }), Type.Null()]),
    handledBy: ProcedureHandlerSchema,
    sources: Type.Array(SourceSchema, { minItems: 1 }),
    checkedAt: IsoDateSchema,
    uncertain: Type.Array(Text, {
      description: "What the resident should do about a fact that is not certain (e.g. call the one-stop counter first)",
    }),
    editorNotes: Type.Optional(
      Type.Array(Text, {
        description: "Editors only, never in a public answer: which copy of which text was read, what conflicted, what is left to check",
      }),
    ),
  },
  { additionalProperties: false },
);
export type ProcedureContent = Static<typeof ProcedureContentSchema>;

/** The fields of a procedure that residents may see: everything but the editors' notes. */
export const { editorNotes: _procedureEditorNotes, ...PublicProcedureProperties } = ProcedureContentSchema.properties;
export type PublicProcedureContent = Omit<ProcedureContent, "editorNotes">;

/** Drops what only editors may read before a procedure leaves the server. */
export function publicProcedure<T extends ProcedureContent>(p: T): Omit<T, "editorNotes"> {
  const { editorNotes: _omit, ...rest } = p;
  return rest;
}

export const ProcedureCatalogueFileSchema = Type.Object(
  { procedures: Type.Array(ProcedureContentSchema) },
  { additionalProperties: false },
);
export type ProcedureCatalogueFile = Static<typeof ProcedureCatalogueFileSchema>;
