import { ZaloError } from "../zalo-error";
import { isInsideZalo } from "./detection";
import { callSdk, fieldOf, isKind } from "./sdk";

export interface DeviceLocation {
  lat: number;
  lng: number;
}

const LOCATION_TIMEOUT_MS = 20_000;

function browserLocation(): Promise<DeviceLocation> {
  const geo = (navigator as Partial<Navigator>).geolocation;
  if (geo === undefined) return Promise.reject(new ZaloError("unavailable", "no geolocation here", { api: "geolocation" }));
  return new Promise((resolve, reject) => {
    geo.getCurrentPosition(
      (position) => resolve({ lat: position.coords.latitude, lng: position.coords.longitude }),
      (error) => {
        // 1 = PERMISSION_DENIED, 3 = TIMEOUT, else POSITION_UNAVAILABLE.
        const kind = error.code === 1 ? "denied" : error.code === 3 ? "timeout" : "unavailable";
        reject(new ZaloError(kind, error.message, { api: "geolocation" }));
      },
      { enableHighAccuracy: true, timeout: LOCATION_TIMEOUT_MS, maximumAge: 60_000 },
    );
  });
}

function coordinate(value: unknown): number | null {
  const n = typeof value === "string" ? Number(value) : value;
  return typeof n === "number" && Number.isFinite(n) ? n : null;
}

/**
 * Where the phone is, asked only when the resident taps "Dùng vị trí của tôi" (the screen says why
 * first). Inside Zalo through getLocation; newer Zalo builds answer only with a token for a
 * server-side exchange (with the app secret), so without coordinates the webview's own
 * geolocation is asked instead. Rejects with ZaloError "denied" when the resident says no.
 */
export async function getDeviceLocation(): Promise<DeviceLocation> {
  if (isInsideZalo()) {
    try {
      const answer = await callSdk("getLocation", (sdk) => sdk.getLocation(), { timeoutMs: LOCATION_TIMEOUT_MS });
      const lat = coordinate(fieldOf(answer, "latitude"));
      const lng = coordinate(fieldOf(answer, "longitude"));
      if (lat !== null && lng !== null) return { lat, lng };
    } catch (error) {
      if (!isKind(error, "unavailable")) throw error;
    }
  }
  return browserLocation();
}
