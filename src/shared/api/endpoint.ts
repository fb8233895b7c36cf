/**
 * One definition per endpoint, read by both sides: the server registers `path` (Fastify's
 * `:param` syntax) and the clients build the URL with `url(...)`, so a path is written once and
 * go-to-definition from a screen's call reaches the route (issue 14). Every endpoint is declared
 * through contract.ts, which adds the schemas and error codes to this.
 */
type ParamNames<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | ParamNames<`/${Rest}`> : P extends `${string}:${infer Name}` ? Name : never;
export type PathParams<P extends string> = { [K in ParamNames<P>]: string | number };

export type Endpoint<P extends string> = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** The route as the server registers it, relative to /api/v1. */
  path: P;
  /** The path with each `:param` filled in and URL-encoded. */
  url: (params: PathParams<P>) => string;
};

export function endpoint<P extends string>(method: Endpoint<P>["method"], path: P): Endpoint<P> {
  return {
    method,
    path,
    url: (params) =>
      path.replace(/:([A-Za-z]+)/g, (_match, name: string) => {
        const value = (params as Record<string, string | number | undefined>)[name];
        if (value === undefined || value === "") throw new Error(`${path}: missing :${name}`);
        return encodeURIComponent(String(value));
      }),
  };
}
