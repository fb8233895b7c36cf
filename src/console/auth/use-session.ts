import { authContracts } from "../../shared/api/auth";
import { useCallback, useEffect, useState } from "react";
import type { Session } from "../../shared/schemas/staff";
import { call, errorStatus, setCsrfToken } from "../console-api";

/** The signed-in staff member: undefined while checking, null when signed out. */
export function useSession() {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const accept = useCallback((next: Session | null) => {
    setCsrfToken(next?.csrfToken ?? "");
    setSession(next);
  }, []);
  useEffect(() => {
    call(authContracts.me, {})
      .then((res) => accept(res))
      .catch((error: unknown) => accept(errorStatus(error) === 401 ? null : null));
  }, [accept]);
  const signIn = async (login: string, password: string) => accept(await call(authContracts.login, { body: { login, password } }));
  const signOut = async () => {
    await call(authContracts.logout, {}).catch(() => undefined);
    accept(null);
  };
  return { session, signIn, signOut, accept };
}
