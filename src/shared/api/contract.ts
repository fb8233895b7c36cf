import type { Static, TSchema } from "typebox";
import type { ErrorCode, ErrorStatus } from "./error-codes";
import { endpoint, type Endpoint } from "./endpoint";

/**
 * One contract per endpoint, read by both sides (issue 14): the server registers the route from it
 * (server/routes/serve.ts: validation, OpenAPI and the handler's types), the app and the console
 * call it through their one typed client (`call`), so a path is written once and go-to-definition
 * from a screen's fetch reaches the route's contract.
 */
export type ContractSpec = {
  method: Endpoint<string>["method"];
  /** The route as the server registers it, relative to /api/v1 (Fastify's `:param` syntax). */
  path: string;
  /** OpenAPI: the section and one line on what it does. */
  tags: readonly string[];
  summary: string;
  params?: TSchema;
  query?: TSchema;
  /** JSON body; multipart routes leave it out and read their parts themselves. */
  body?: TSchema;
  /** Answers by status: the success one(s), and any error with a body of its own (e.g. a row report). */
  response?: { readonly [status: number]: TSchema };
  /** The other error statuses, each with the codes it can carry (they share ErrorResponseSchema). */
  errors?: { readonly [S in ErrorStatus]?: readonly ErrorCode[] };
};

export type Contract<S extends ContractSpec = ContractSpec> = S & Endpoint<S["path"]>;

export function contract<const S extends ContractSpec>(spec: S): Contract<S> {
  return { ...spec, ...endpoint(spec.method, spec.path) };
}

type StaticOr<T, Otherwise> = T extends TSchema ? Static<T> : Otherwise;

/** What the path's `:params` hold (from the params schema when there is one). */
export type ParamsOf<C extends ContractSpec> = StaticOr<C["params"], Record<never, never>>;
export type QueryOf<C extends ContractSpec> = StaticOr<C["query"], Record<never, never>>;
export type BodyOf<C extends ContractSpec> = StaticOr<C["body"], undefined>;

type SuccessStatus = 200 | 201 | 202 | 204;
type Responses<C extends ContractSpec> = NonNullable<C["response"]>;
/** The success answer's body (the 2xx schemas of the contract). */
export type ResponseOf<C extends ContractSpec> = [keyof Responses<C> & SuccessStatus] extends [never]
  ? unknown
  : Static<Responses<C>[keyof Responses<C> & SuccessStatus]>;

/** The error codes this endpoint can answer with, as a union. */
export type ErrorCodeOf<C extends ContractSpec> = NonNullable<C["errors"]>[keyof NonNullable<C["errors"]>] extends infer L
  ? L extends readonly (infer Code)[]
    ? Code
    : never
  : never;

/**
 * What a client passes to call an endpoint: the path's params when it has any, the query when it
 * takes one, the JSON body when it has one (a multipart route takes the FormData it reads).
 */
export type CallInput<C extends ContractSpec> = (C["params"] extends TSchema ? { params: ParamsOf<C> } : { params?: undefined }) &
  (C["query"] extends TSchema ? { query?: QueryOf<C> } : { query?: undefined }) &
  (C["body"] extends TSchema ? { body: BodyOf<C> } : { body?: FormData });

/** The path of a call with its params filled in (a contract without params has none to fill). */
export const urlOf = <C extends Contract>(c: C, input: { params?: object | undefined }): string =>
  (c.url as (params: object) => string)(input.params ?? {});
