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
import { UsageTracker } from "../features/usage/usage-tracker";
import { DataPrefetch } from "./data-prefetch";
import { OutboxSender } from "../features/requests/outbox-sender";

// Home ships in the first bundle; every other screen loads when first opened, and all of them are
// fetched in the background once home has shown (prefetchScreens), so they still open after the
// signal drops.
const SCREENS = {
  announcementList: () => import("../features/announcements/announcement-list-page"),
  announcementDetail: () => import("../features/announcements/announcement-detail-page"),
  proceduresHome: () => import("../features/procedures/procedures-home-page"),
  procedureDetail: () => import("../features/procedures/procedure-detail-page"),
  procedureField: () => import("../features/procedures/procedure-field-page"),
  savedProcedures: () => import("../features/procedures/saved-procedures-page"),
  vneid: () => import("../features/guides/vneid-page"),
  vneidCheck: () => import("../features/guides/vneid-check-page"),
  qrPayment: () => import("../features/guides/qr-payment-page"),
  guide: () => import("../features/guides/guide-page"),
  guideAssist: () => import("../features/guides/guide-assist-page"),
  myTeam: () => import("../features/teams/my-team-page"),
  allTeams: () => import("../features/teams/all-teams-page"),
  qrCheck: () => import("../features/qr/qr-check-page"),
  shopQr: () => import("../features/qr/shop-qr-page"),
  about: () => import("../features/about/about-page"),
  search: () => import("../features/search/search-page"),
  newRequest: () => import("../features/requests/new-request-page"),
  requestSent: () => import("../features/requests/request-sent-page"),
  myRequests: () => import("../features/requests/my-requests-page"),
  myRequest: () => import("../features/requests/my-request-page"),
  answers: () => import("../features/requests/answers-page"),
  notFound: () => import("./not-found-page"),
};
const AnnouncementListPage = lazy(SCREENS.announcementList);
const AnnouncementDetailPage = lazy(SCREENS.announcementDetail);
const ProceduresHomePage = lazy(SCREENS.proceduresHome);
const ProcedureDetailPage = lazy(SCREENS.procedureDetail);
const ProcedureFieldPage = lazy(SCREENS.procedureField);
const SavedProceduresPage = lazy(SCREENS.savedProcedures);
const VneidPage = lazy(SCREENS.vneid);
const VneidCheckPage = lazy(SCREENS.vneidCheck);
const QrPaymentPage = lazy(SCREENS.qrPayment);
const GuidePage = lazy(SCREENS.guide);
const GuideAssistPage = lazy(SCREENS.guideAssist);
const MyTeamPage = lazy(SCREENS.myTeam);
const AllTeamsPage = lazy(SCREENS.allTeams);
const QrCheckPage = lazy(SCREENS.qrCheck);
const ShopQrPage = lazy(SCREENS.shopQr);
const AboutPage = lazy(SCREENS.about);
const SearchPage = lazy(SCREENS.search);
const NotFoundPage = lazy(SCREENS.notFound);
const NewRequestPage = lazy(SCREENS.newRequest);
const RequestSentPage = lazy(SCREENS.requestSent);
const MyRequestsPage = lazy(SCREENS.myRequests);
const MyRequestPage = lazy(SCREENS.myRequest);
const AnswersPage = lazy(SCREENS.answers);

const PREFETCH_DELAY_MS = 3_000;

/** Warms every screen's code after the first screen has had the network to itself. */
function usePrefetchScreens(): void {
  useEffect(() => {
    const timer = window.setTimeout(() => {
      for (const load of Object.values(SCREENS)) load().catch(() => undefined);
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
              <Route path="/" element={<HomePage />} />
              <Route path="/announcements" element={lazyPage(<AnnouncementListPage />)} />
              <Route path="/announcements/:id" element={lazyPage(<AnnouncementDetailPage />)} />
              <Route path="/procedures" element={lazyPage(<ProceduresHomePage />)} />
              <Route path="/procedures/saved" element={lazyPage(<SavedProceduresPage />)} />
              <Route path="/procedures/field/:field" element={lazyPage(<ProcedureFieldPage />)} />
              <Route path="/procedures/:slug" element={lazyPage(<ProcedureDetailPage />)} />
              <Route path="/vneid" element={lazyPage(<VneidPage />)} />
              <Route path="/vneid/check" element={lazyPage(<VneidCheckPage />)} />
              <Route path="/qr-payment" element={lazyPage(<QrPaymentPage />)} />
              <Route path="/qr-payment/check" element={lazyPage(<QrCheckPage />)} />
              <Route path="/qr-payment/shop" element={lazyPage(<ShopQrPage />)} />
              <Route path="/guides/:slug" element={lazyPage(<GuidePage />)} />
              <Route path="/guides/:slug/assist" element={lazyPage(<GuideAssistPage />)} />
              <Route path="/teams" element={lazyPage(<MyTeamPage />)} />
              <Route path="/teams/all" element={lazyPage(<AllTeamsPage />)} />
              <Route path="/about" element={lazyPage(<AboutPage />)} />
              <Route path="/search" element={lazyPage(<SearchPage />)} />
              <Route path="/requests/new" element={lazyPage(<NewRequestPage />)} />
              <Route path="/requests/new/:step" element={lazyPage(<NewRequestPage />)} />
              <Route path="/requests/sent/:clientId" element={lazyPage(<RequestSentPage />)} />
              <Route path="/requests/mine" element={lazyPage(<MyRequestsPage />)} />
              <Route path="/requests/mine/:code" element={lazyPage(<MyRequestPage />)} />
              <Route path="/answers" element={lazyPage(<AnswersPage />)} />
              <Route path="*" element={lazyPage(<NotFoundPage />)} />
            </AnimationRoutes>
            <BottomNav />
            <UsageTracker />
          </ZMPRouter>
        </SnackbarProvider>
      </App>
    </RecoilRoot>
  );
}
