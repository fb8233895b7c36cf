import type { AxiosRequestConfig } from "axios";
import { urlOf, type CallInput, type Contract, type ResponseOf } from "../../shared/api/contract";
import { getJson, http } from "./http";

/**
 * The app's typed client: every API call names its contract (src/shared/api), so the path, the
 * params, the query, the body and the answer's type come from the one definition the server
 * registers. Axios is still loaded on the first request (lib/http.ts).
 */

type Query = Record<string, string | number | undefined>;

/**
 * A GET through getJson: boot data first, the answer kept on the device, the last kept answer when
 * the network fails, errors as ApiRequestError.
 */
export function read<C extends Contract & { method: "GET" }>(
  c: C,
  input: CallInput<C>,
  options?: { savedCopy?: boolean; headers?: Record<string, string> },
): Promise<ResponseOf<C>> {
  return getJson<ResponseOf<C>>(urlOf(c, input), input.query as Query | undefined, options);
}

/** Any call, straight to the network: axios' own errors, for callers that tell a retry from a refusal. */
export async function call<C extends Contract>(c: C, input: CallInput<C>, config: AxiosRequestConfig = {}): Promise<ResponseOf<C>> {
  const response = await http.request<ResponseOf<C>>({ ...config, method: c.method, url: urlOf(c, input), params: input.query, data: input.body });
  return response.data;
}
