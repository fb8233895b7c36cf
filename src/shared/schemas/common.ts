import Type, { type Static } from "typebox";

// Every error the API sends has this shape, so clients can show `message` as is.
export const ErrorResponseSchema = Type.Object(
  {
    statusCode: Type.Integer({ minimum: 400, maximum: 599 }),
    error: Type.String({ description: "HTTP reason phrase" }),
    code: Type.String({ description: "Stable machine-readable code, e.g. NOT_FOUND, BAD_REQUEST" }),
    message: Type.String({ description: "What is wrong and how to fix the request" }),
    requestId: Type.String(),
    /** On 409 STALE_VERSION: the version the row has now (null: it does not exist). */
    currentVersion: Type.Optional(Type.Union([Type.Integer(), Type.Null()])),
    /** On 400 VALIDATION_FAILED: the field to fix, e.g. "title" or "members/0/phone". */
    field: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export type ErrorResponse = Static<typeof ErrorResponseSchema>;

export const WardSlugSchema = Type.String({
  pattern: "^[a-z0-9]+(?:-[a-z0-9]+)*$",
  minLength: 2,
  maxLength: 64,
  description: "Ward slug, lower-case ASCII words joined by hyphens, e.g. hoa-cuong",
});

export const WardParamsSchema = Type.Object({ ward: WardSlugSchema }, { additionalProperties: false });

export const CursorSchema = Type.String({
  minLength: 1,
  maxLength: 200,
  pattern: "^[A-Za-z0-9_-]+$",
  description: "Opaque cursor from the previous page's nextCursor",
});

export const LimitSchema = Type.Integer({
  minimum: 1,
  maximum: 50,
  default: 20,
  description: "Page size, 1 to 50",
});

export const IsoDateTimeSchema = Type.String({ format: "date-time" });

/** A page of items with an opaque cursor to the next page (null on the last page). */
export function PageSchema<T extends Type.TSchema>(item: T) {
  return Type.Object(
    { items: Type.Array(item), nextCursor: Type.Union([Type.String(), Type.Null()]) },
    { additionalProperties: false },
  );
}
