import { ChevronLeft } from "lucide-react";
import type { ReactNode } from "react";
import Header from "zmp-ui/header";
import Page from "zmp-ui/page";
import useNavigate from "zmp-ui/useNavigate";
import { useGoBack } from "../shell/use-go-back";
import { SavedCopyNotice } from "./saved-copy-notice";

type Props = {
  title: string;
  back?: boolean;
  /** Where back leads instead of the previous screen (e.g. after sending, not back into the form). */
  backTo?: string;
  children: ReactNode;
  className?: string;
};

/** A page with zmp-ui's fixed header; the body is padded so the header never covers content. */
export function PageLayout({ title, back = true, backTo, children, className }: Props) {
  const goBack = useGoBack();
  const navigate = useNavigate();
  const onBack = backTo === undefined ? goBack : () => navigate(backTo, { replace: true, direction: "backward" });
  return (
    <Page className={`page ${className ?? ""}`}>
      {/* zmp-ui's own back icon is a font from Zalo's CDN: it shows as text when offline. */}
      <Header title={title} showBackIcon={back} onBackClick={onBack} backIcon={<ChevronLeft size={28} aria-label="Quay lại" />} />
      <main className="page-body">
        <SavedCopyNotice />
        {children}
      </main>
    </Page>
  );
}
