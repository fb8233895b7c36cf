import { ListChecks, MessageSquarePlus, MessagesSquare } from "lucide-react";
import { AsyncBoundary } from "../../ui/async-boundary";
import { LinkCard } from "../../ui/link-card";
import { WardOaActions } from "./ward-oa-actions";
import { screens } from "../../screens";

/** Home's way into the requests: send, follow mine, read Hỏi đáp, the ward's Zalo OA. Loaded after home's first paint. */
export default function TalkToWard({ onRetry }: { onRetry: () => void }) {
  return (
    <section className="page-section" aria-labelledby="talk-title">
      <h2 id="talk-title">Hỏi phường, báo phường</h2>
      <LinkCard to={screens.newRequest.to({ step: "kind" })} icon={MessageSquarePlus} title="Gửi phản ánh, góp ý" description="Báo chỗ hư hỏng, góp ý, hỏi về thủ tục, nhờ tổ công nghệ số." />
      <LinkCard to={screens.myRequests.to()} icon={ListChecks} title="Phản ánh của tôi" description="Xem việc bạn báo đã đến đâu, phường trả lời gì." />
      <LinkCard to={screens.answers.to()} icon={MessagesSquare} title="Hỏi đáp" description="Câu trả lời của phường cho những câu hỏi hay gặp." />
      <AsyncBoundary fallback={null} onRetry={onRetry}>
        <WardOaActions />
      </AsyncBoundary>
    </section>
  );
}
