import type { AxiosError, AxiosInstance, AxiosRequestConfig, AxiosResponse } from "axios";
import { API_BASE_URL } from "../config";
import type { ErrorResponse } from "../../shared/schemas/common";
import { takeBootAnswer } from "./boot-data";
import { copyKey, markFresh, markShownCopy, readCopy, saveCopy } from "./saved-copies";

// axios is loaded on the first real request, not with the first screen: on the web home's first
// answers come inlined in index.html, so a first open on a weak signal downloads and parses a
// tenth less code before it can show anything. Inside Zalo the file is on the phone already.
let client: Promise<AxiosInstance> | undefined;

function loadClient(): Promise<AxiosInstance> {
  if (client === undefined) {
    const loading = import("axios").then(
      ({ default: axios }) =>
        axios.create({
          baseURL: API_BASE_URL,
          // Weak 3G can take a while, but a resident must not stare at a skeleton forever.
          timeout: 15_000,
          headers: { Accept: "application/json" },
        }),
      () => Promise.reject(new ClientUnavailable()),
    );
    client = loading;
    // A chunk that could not be fetched (no signal) must not fail every later request.
    loading.catch(() => {
      if (client === loading) client = undefined;
    });
  }
  return client;
}

/** The client's code could not be fetched: to the resident, the same as no signal. */
class ClientUnavailable extends Error {
  override name = "ClientUnavailable";
}

/** The app's API client (axios, loaded on first use). */
export const http = {
  get: async <T>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>> => (await loadClient()).get<T>(url, config),
  post: async <T>(url: string, body?: unknown, config?: AxiosRequestConfig): Promise<AxiosResponse<T>> =>
    (await loadClient()).post<T>(url, body, config),
  /** Any method; the typed client (lib/api.ts) calls this with the contract's method and path. */
  request: async <T>(config: AxiosRequestConfig): Promise<AxiosResponse<T>> => (await loadClient()).request<T>(config),
  /** Where requests go (the build's API_BASE_URL unless changed, e.g. by a test's own server). */
  setBaseUrl: async (url: string): Promise<void> => {
    (await loadClient()).defaults.baseURL = url;
  },
};

/** What axios.isAxiosError checks, without importing axios for it. */
export function isAxiosError(error: unknown): error is AxiosError {
  return typeof error === "object" && error !== null && (error as { isAxiosError?: unknown }).isAxiosError === true;
}

/** A failed API call, with a message a resident can read and whether trying again can help. */
export class ApiRequestError extends Error {
  override name = "ApiRequestError";
  constructor(
    message: string,
    readonly status: number | null,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

export function toApiRequestError(error: unknown): ApiRequestError {
  if (error instanceof ClientUnavailable) return new ApiRequestError("Không kết nối được. Hãy kiểm tra mạng rồi thử lại.", null, true);
  if (!isAxiosError(error)) return new ApiRequestError("Đã có lỗi. Hãy thử lại.", null, true);
  const status = error.response?.status ?? null;
  if (status === null) {
    return new ApiRequestError("Không kết nối được. Hãy kiểm tra mạng rồi thử lại.", null, true);
  }
  if (status === 404) return new ApiRequestError("Không tìm thấy nội dung này. Có thể nó đã được gỡ.", 404, false);
  if (status === 429) return new ApiRequestError("Bạn thao tác quá nhanh. Hãy đợi một chút rồi thử lại.", 429, true);
  if (status >= 500) return new ApiRequestError("Máy chủ đang bận hoặc gặp sự cố. Hãy thử lại sau ít phút.", status, true);
  const body = error.response?.data as Partial<ErrorResponse> | undefined;
  return new ApiRequestError(body?.message ?? "Yêu cầu không hợp lệ.", status, false);
}

/**
 * GET with the error turned into an ApiRequestError. The answer is kept on the device; when the
 * network or the server fails, the last kept answer is returned instead and the screen says how
 * old it is (`savedCopy: false` for answers a feature keeps itself, like the procedure catalogue).
 */
export async function getJson<T>(
  url: string,
  params?: Record<string, string | number | undefined>,
  { savedCopy = true, headers }: { savedCopy?: boolean; headers?: Record<string, string> } = {},
): Promise<T> {
  const key = copyKey(url, params);
  const inlined = takeBootAnswer<T>(key);
  if (inlined !== undefined) {
    if (savedCopy) void saveCopy(key, inlined).catch(() => undefined);
    return inlined;
  }
  try {
    const data = (await http.get<T>(url, { params, headers })).data;
    if (savedCopy) {
      markFresh(key);
      void saveCopy(key, data).catch(() => undefined);
    }
    return data;
  } catch (error) {
    const failure = toApiRequestError(error);
    const copy = savedCopy && failure.retryable ? await readCopy<T>(key) : null;
    if (!copy) throw failure;
    markShownCopy(key, copy.savedAt);
    return copy.data;
  }
}
