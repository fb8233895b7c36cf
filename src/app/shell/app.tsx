import { lazy } from "react";
import { Route } from "react-router-dom";
import { RecoilRoot } from "recoil";
import App from "zmp-ui/app";
import { AnimationRoutes, ZMPRouter } from "zmp-ui/router";
import SnackbarProvider from "zmp-ui/snackbar-provider";
import { HomePage } from "../features/home/home-page";
import { AsyncBoundary } from "../ui/async-boundary";
import { SkeletonList } from "../ui/skeleton";
import { BottomNav } from "./bottom-nav";

// Home ships in the first bundle; every other screen loads when first opened.
const AnnouncementListPage = lazy(() => import("../features/announcements/announcement-list-page"));
const AnnouncementDetailPage = lazy(() => import("../features/announcements/announcement-detail-page"));
const AreaPage = lazy(() => import("../features/areas/area-page"));
const ProceduresHomePage = lazy(() => import("../features/procedures/procedures-home-page"));
const ProcedureDetailPage = lazy(() => import("../features/procedures/procedure-detail-page"));
const ProcedureFieldPage = lazy(() => import("../features/procedures/procedure-field-page"));
const SavedProceduresPage = lazy(() => import("../features/procedures/saved-procedures-page"));
const NotFoundPage = lazy(() => import("./not-found-page"));

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
  return (
    <RecoilRoot>
      <App theme="light">
        <SnackbarProvider>
          <ZMPRouter>
            <AnimationRoutes>
              <Route path="/" element={<HomePage />} />
              <Route path="/announcements" element={lazyPage(<AnnouncementListPage />)} />
              <Route path="/announcements/:id" element={lazyPage(<AnnouncementDetailPage />)} />
              <Route path="/procedures" element={lazyPage(<ProceduresHomePage />)} />
              <Route path="/procedures/saved" element={lazyPage(<SavedProceduresPage />)} />
              <Route path="/procedures/field/:field" element={lazyPage(<ProcedureFieldPage />)} />
              <Route path="/procedures/:slug" element={lazyPage(<ProcedureDetailPage />)} />
              <Route path="/vneid" element={lazyPage(<AreaPage area="/vneid" />)} />
              <Route path="/qr-payment" element={lazyPage(<AreaPage area="/qr-payment" />)} />
              <Route path="/teams" element={lazyPage(<AreaPage area="/teams" />)} />
              <Route path="*" element={lazyPage(<NotFoundPage />)} />
            </AnimationRoutes>
            <BottomNav />
          </ZMPRouter>
        </SnackbarProvider>
      </App>
    </RecoilRoot>
  );
}
