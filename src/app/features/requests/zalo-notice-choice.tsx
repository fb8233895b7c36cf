import { BellPlus } from "lucide-react";
import { useState } from "react";
import { useRecoilValue } from "recoil";
import { followZaloOa, getOaFollower, isInsideZalo } from "../../platform/zalo";
import { wardQuery } from "../../lib/ward-state";
import type { RequestDraft } from "./request-draft";

const UNAVAILABLE = {
  outside: "Chỉ nhận tin qua Zalo được khi mở ứng dụng trong Zalo.",
  "not-following": "Chưa nhận tin qua Zalo được: bạn cần quan tâm Zalo của phường trước.",
  "not-linked": "Zalo của phường chưa được nối với ứng dụng này, nên chưa gửi tin được.",
} as const;

type Props = { draft: RequestDraft; change: (update: Partial<RequestDraft>) => void };
// Why there is no id: outside Zalo, not following the OA, or (following) the app not linked to it.
type Check = "idle" | "checking" | "outside" | "not-following" | "not-linked";

/**
 * "Nhận tin báo kết quả qua Zalo": the reason first, then an explicit opt-in. Only when ticked is
 * the resident's id for the ward's OA read from Zalo and sent with the request (Nghị định 13/2023:
 * only what is needed, with consent). Nothing when the ward has no OA. Suspends on the ward.
 */
export function ZaloNoticeChoice({ draft, change }: Props) {
  const oaId = useRecoilValue(wardQuery).zaloOaId;
  return oaId ? <ZaloNoticeOptIn oaId={oaId} draft={draft} change={change} /> : null;
}

/** The opt-in itself, for a ward whose OA is `oaId`. */
export function ZaloNoticeOptIn({ oaId, draft, change }: Props & { oaId: string }) {
  const [check, setCheck] = useState<Check>("idle");
  const optIn = async () => {
    setCheck("checking");
    const { id, follows } = await getOaFollower().catch(() => ({ id: null, follows: false }));
    if (id) {
      change({ notifyByZalo: true, zaloUserId: id });
      setCheck("idle");
    } else {
      change({ notifyByZalo: false, zaloUserId: null });
      setCheck(!isInsideZalo() ? "outside" : follows ? "not-linked" : "not-following");
    }
  };
  const toggle = (checked: boolean) => {
    if (checked) void optIn();
    else {
      change({ notifyByZalo: false, zaloUserId: null }); // the id does not stay on the phone either
      setCheck("idle");
    }
  };
  const follow = async () => {
    // Zalo gives the id only to followers: after following, try again at once.
    if (await followZaloOa(oaId).catch(() => false)) await optIn();
  };
  const ticked = draft.notifyByZalo === true && draft.zaloUserId !== null;
  return (
    <section className="card zalo-notice" aria-labelledby="zalo-notice-title">
      <h2 id="zalo-notice-title">Nhận tin qua Zalo</h2>
      <p>
        Khi việc này có kết quả, phường có thể nhắn cho bạn qua Zalo. Để vậy, ứng dụng gửi kèm mã Zalo của bạn với phường. Mã chỉ dùng để báo tin về việc này, và được xoá khi hết hạn lưu.
      </p>
      <label className="consent">
        <input type="checkbox" checked={ticked} disabled={check === "checking"} onChange={(e) => toggle(e.target.checked)} />
        <span>Nhận tin báo kết quả qua Zalo</span>
      </label>
      {check === "checking" && <p className="muted small" role="status">Đang hỏi Zalo…</p>}
      {(check === "outside" || check === "not-following" || check === "not-linked") && (
        <div role="alert">
          <p>
            {UNAVAILABLE[check]} Bạn vẫn xem kết quả trong “Phản ánh của tôi”.
          </p>
          {check === "not-following" && (
            <button type="button" className="action-button wide" onClick={() => void follow()}>
              <BellPlus size={20} aria-hidden="true" /> Quan tâm Zalo của phường
            </button>
          )}
        </div>
      )}
    </section>
  );
}
