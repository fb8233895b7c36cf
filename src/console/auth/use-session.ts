import { useCallback, useEffect, useState } from "react";
import type { Session } from "../../shared/schemas/staff";
import { errorStatus, http, setCsrfToken } from "../console-api";

/** The signed-in staff member: undefined while checking, null when signed out. */
export function useSession() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const accept = useCallback((next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? "");
    setSession(next);
  }, []);
  useEffect(() => {
    http
      .get<Session>("/auth/me")
      .then((res) => accept(res.data))
      .catch((error: unknown) => accept(errorStatus(error) === 401 ? null : null));
  }, [accept]);
  const signIn = async (login: string, password: string) => accept((await http.post<Session>("/auth/login", { login, password })).data);
  const signOut = async () => {
    await http.post("/auth/logout").catch(() => undefined);
    accept(null);
  };
  return { session, signIn, signOut, accept };
}
