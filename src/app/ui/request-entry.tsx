import { MessageSquarePlus } from "lucide-react";
import type { RequestKind } from "../../shared/schemas/requests";
import { LinkCard } from "./link-card";
import { screens } from "../screens";

/** "Gửi phản ánh, góp ý" at the end of a guide or a procedure (and on home). */
export function RequestEntry({ kind, description = "Báo chỗ hư hỏng, góp ý, hỏi phường hoặc nhờ tổ công nghệ số." }: { kind?: RequestKind; description?: string }) {
  return <LinkCard to={screens.newRequest.to({ step: "kind" }, { kind })} icon={MessageSquarePlus} title="Gửi phản ánh, góp ý" description={description} />;
}
