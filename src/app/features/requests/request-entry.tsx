import { MessageSquarePlus } from "lucide-react";
import type { RequestKind } from "../../../shared/schemas/requests";
import { LinkCard } from "../../ui/link-card";

/** "Gửi phản ánh, góp ý" at the end of a guide or a procedure (and on home). */
export function RequestEntry({ kind, description = "Báo chỗ hư hỏng, góp ý, hỏi phường hoặc nhờ tổ công nghệ số." }: { kind?: RequestKind; description?: string }) {
  return <LinkCard to={kind ? `/requests/new/kind?kind=${kind}` : "/requests/new/kind"} icon={MessageSquarePlus} title="Gửi phản ánh, góp ý" description={description} />;
}
