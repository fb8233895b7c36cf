import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import type { FastifyReply, FastifyRequest, RouteHandlerMethod, RouteShorthandOptions } from "fastify";
import type { TSchema } from "typebox";
import type { BodyOf, Contract, ContractSpec, ParamsOf, QueryOf, ResponseOf } from "../../shared/api/contract";
import { ErrorResponseSchema } from "../../shared/schemas/common";

/** The Fastify instance a route plugin receives (TypeBox type provider). */
export type RouteApp = Parameters<FastifyPluginAsyncTypebox>[0];

/** The request as the contract describes it: params, query string and body already validated. */
export type ContractRequest<C extends ContractSpec> = FastifyRequest<{ Params: ParamsOf<C>; Querystring: QueryOf<C>; Body: BodyOf<C> }>;

/** Returns the success body, or the reply when it sends something else (a status, a file, a CSV). */
export type ContractHandler<C extends ContractSpec> = (request: ContractRequest<C>, reply: FastifyReply) => Promise<ResponseOf<C> | FastifyReply>;

/** What a route adds beyond its contract: its cache policy, rate limit, gate before validation, body limit. */
export type RouteExtras = Pick<RouteShorthandOptions, "config" | "preValidation" | "onRequest" | "bodyLimit">;

/** The Fastify schema of a contract: exactly what routes declared by hand before, so validation and OpenAPI stay as they were. */
export function routeSchema(c: ContractSpec) {
  const errors: Record<number, TSchema> = {};
  for (const status of Object.keys(c.errors ?? {})) errors[Number(status)] = ErrorResponseSchema;
  const response = { ...errors, ...c.response };
  return {
    tags: [...c.tags],
    summary: c.summary,
    ...(c.params && { params: c.params }),
    ...(c.query && { querystring: c.query }),
    ...(c.body && { body: c.body }),
    ...(Object.keys(response).length > 0 && { response }),
  };
}

/** Registers the route a contract describes, with the handler typed from it. */
export function serve<C extends Contract>(app: RouteApp, c: C, handler: ContractHandler<C>, extras: RouteExtras = {}): void {
  app.route({
    method: c.method,
    url: c.path,
    schema: routeSchema(c),
    ...extras,
    // Fastify has validated the request against the same schemas the handler's types come from.
    handler: handler as unknown as RouteHandlerMethod,
  });
}
