import type { ReactNode } from "react";
import { useRecoilRefresher_UNSTABLE } from "recoil";
import { AsyncBoundary } from "../../ui/async-boundary";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { CatalogueFreshness } from "./catalogue-freshness";
import { procedureCatalogueState } from "./procedures-state";
import { useCatalogueRefresh } from "./use-catalogue-refresh";

function Refresher() {
  useCatalogueRefresh();
  return null;
}

/** Every procedures screen: the catalogue loads (from the device first) under one boundary. */
export function ProceduresLayout({ title, back = true, children }: { title: string; back?: boolean; children: ReactNode }) {
  const retry = useRecoilRefresher_UNSTABLE(procedureCatalogueState);
  return (
    <PageLayout title={title} back={back}>
      <AsyncBoundary fallback={<SkeletonList label="Đang tải danh sách thủ tục…" />} onRetry={retry}>
        <Refresher />
        {children}
        <CatalogueFreshness />
      </AsyncBoundary>
    </PageLayout>
  );
}
