import { BrowserRouter } from "react-router-dom";
import { ChangePasswordView } from "./auth/change-password-view";
import { SignInPage } from "./auth/sign-in-page";
import { useSession } from "./auth/use-session";
import { ConsoleRoutes } from "./console-routes";

/** The staff console: sign in, then the ward's sections, each at its own address under /console/. */
export function ConsoleApp() {
  const { session, signIn, signOut, accept } = useSession();
  if (session === undefined) return <p className="loading">Đang kiểm tra phiên đăng nhập…</p>;
  if (session === null) return <SignInPage onSignIn={signIn} />;
  if (session.staff.mustChangePassword) {
    return (
      <main>
        <ChangePasswordView forced onChanged={accept} />
      </main>
    );
  }
  // vite.config.ts builds the console with base /console/; the server answers every /console/* page with its index.html.
  return (
    <BrowserRouter basename="/console">
      <ConsoleRoutes session={session} onSignOut={() => void signOut()} onPasswordChanged={accept} />
    </BrowserRouter>
  );
}
