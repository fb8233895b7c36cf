import { BellPlus, MessageCircle } from "lucide-react";
import { useRecoilValue } from "recoil";
import { followZaloOa, openZaloOaChat } from "../../platform/zalo";
import { useToast } from "../../ui/use-toast";
import { wardQuery } from "../../lib/ward-state";

/**
 * Follow the ward's Zalo OA (so the ward can send news of one's requests) and "Nhắn tin cho
 * phường". Nothing when the ward has no OA. Suspends on the ward: put it in an AsyncBoundary.
 */
export function WardOaActions({ why = "Để nhận tin khi phường trả lời." }: { why?: string }) {
  const ward = useRecoilValue(wardQuery);
  const toast = useToast();
  const oaId = ward.zaloOaId;
  if (!oaId) return null;
  const follow = async () => {
    try {
      if (await followZaloOa(oaId)) toast("Cảm ơn bạn đã quan tâm Zalo của phường.", "success");
    } catch {
      toast("Chưa mở được Zalo của phường. Hãy thử lại.", "error");
    }
  };
  const chat = async () => {
    try {
      await openZaloOaChat(oaId);
    } catch {
      toast("Chưa mở được khung nhắn tin. Hãy thử lại.", "error");
    }
  };
  return (
    <section className="card oa-actions" aria-labelledby="oa-title">
      <h2 id="oa-title">Zalo của {ward.name}</h2>
      <p className="muted small">{why}</p>
      <div className="oa-buttons">
        <button type="button" className="action-button wide" onClick={() => void follow()}>
          <BellPlus size={20} aria-hidden="true" /> Quan tâm Zalo của phường
        </button>
        <button type="button" className="action-button wide" onClick={() => void chat()}>
          <MessageCircle size={20} aria-hidden="true" /> Nhắn tin cho phường
        </button>
      </div>
    </section>
  );
}
