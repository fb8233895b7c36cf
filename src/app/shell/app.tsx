import { lazy, useEffect } from "react";
import { Route } from "react-router-dom";
import { RecoilRoot } from "recoil";
import App from "zmp-ui/app";
import { AnimationRoutes, ZMPRouter } from "zmp-ui/router";
import SnackbarProvider from "zmp-ui/snackbar-provider";
import { HomePage } from "../features/home/home-page";
import { AsyncBoundary } from "../ui/async-boundary";
import { SkeletonList } from "../ui/skeleton";
import { BottomNav } from "./bottom-nav";
import { UsageTracker } from "./usage-tracker";
import { DataPrefetch } from "./data-prefetch";
import { allScreens } from "../screens";
import { OutboxSender } from "../features/requests/outbox-sender";

// Home ships in the first bundle; every other screen loads when first opened, and all of them are
// fetched in the background once home has shown (prefetchScreens), so they still open after the
// signal drops.
const PAGES = new Map(allScreens().flatMap(([name, s]) => (s.load ? [[name, lazy(s.load)] as const] : [])));

const PREFETCH_DELAY_MS = 3_000;

/** Warms every screen's code after the first screen has had the network to itself. */
function usePrefetchScreens(): void {
  useEffect(() => {
    const timer = window.setTimeout(() => {
      for (const [, s] of allScreens()) s.load?.().catch(() => undefined);
    }, PREFETCH_DELAY_MS);
    return () => window.clearTimeout(timer);
  }, []);
}

// A screen's code that cannot be fetched (no signal on first open) gets an error with retry, not a blank page.
const lazyPage = (element: JSX.Element) => (
  <div className="lazy-page">
    <AsyncBoundary
      fallback={
        <div className="page-body">
          <SkeletonList label="Đang mở…" />
        </div>
      }
      onRetry={() => window.location.reload()}
    >
      {element}
    </AsyncBoundary>
  </div>
);

export function CongDanSoApp() {
  usePrefetchScreens();
  return (
    <RecoilRoot>
      <DataPrefetch />
      <OutboxSender />
      <App theme="light">
        <SnackbarProvider>
          <ZMPRouter>
            <AnimationRoutes>
              {allScreens().map(([name, s]) => {
                const Page = PAGES.get(name);
                return <Route key={name} path={s.path} element={Page ? lazyPage(<Page />) : <HomePage />} />;
              })}
            </AnimationRoutes>
            <BottomNav />
            <UsageTracker />
          </ZMPRouter>
        </SnackbarProvider>
      </App>
    </RecoilRoot>
  );
}
