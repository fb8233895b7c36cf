import { Camera, ClipboardPaste, ImageUp } from "lucide-react";
import { useState } from "react";
import { decodeVietQR, type VietQRDecodeResult } from "../../../shared/vietqr";
import { isInsideZalo, pickImage, scanQR } from "../../platform/zalo";
import { PageLayout } from "../../ui/page-layout";
import { decodeQrImage } from "./qr-image";
import { QrVerdict } from "./qr-verdict";

type State = { kind: "idle" } | { kind: "busy" } | { kind: "error"; message: string } | { kind: "done"; result: VietQRDecodeResult };

/**
 * Reads a payment QR and shows what it says (and what it cannot prove). Everything happens on the phone: the payload
 * is never sent to our server.
 */
export default function QrCheckPage() {
  const [state, setState] = useState<State>({ kind: "idle" });
  const [text, setText] = useState("");

  const check = (payload: string) => setState({ kind: "done", result: decodeVietQR(payload) });
  const fromImage = async (file: File | null) => {
    if (!file) return setState({ kind: "idle" });
    setState({ kind: "busy" });
    try {
      const payload = await decodeQrImage(file);
      if (payload === null) setState({ kind: "error", message: "Không tìm thấy mã QR trong ảnh. Hãy chụp lại gần hơn, đủ sáng, mã nằm trọn trong ảnh." });
      else check(payload);
    } catch {
      setState({ kind: "error", message: "Không mở được ảnh này. Hãy chọn ảnh khác." });
    }
  };
  const scan = async () => {
    try {
      const scanned = await scanQR();
      if (scanned.kind === "text") check(scanned.text);
      else if (scanned.kind === "image") await fromImage(scanned.file);
    } catch {
      setState({ kind: "error", message: "Không mở được máy ảnh. Hãy chọn ảnh có mã QR thay thế." });
    }
  };

  return (
    <PageLayout title="Kiểm tra mã QR">
      <p className="card">Xem mã QR ghi gì trước khi trả: ngân hàng, số tài khoản, số tiền. Mã chỉ được đọc trên điện thoại của bạn.</p>
      <div className="qr-sources">
        <button type="button" className="call-button" onClick={() => void scan()}>
          <Camera size={22} aria-hidden="true" /> {isInsideZalo() ? "Quét mã bằng máy ảnh" : "Chụp mã QR"}
        </button>
        <button
          type="button"
          className="action-button wide"
          onClick={() => {
            void pickImage().then(fromImage, () => setState({ kind: "error", message: "Không chọn được ảnh. Hãy thử lại." }));
          }}
        >
          <ImageUp size={22} aria-hidden="true" /> Chọn ảnh có mã QR
        </button>
      </div>
      <form
        className="card paste-form"
        onSubmit={(e) => {
          e.preventDefault();
          check(text);
        }}
      >
        <label htmlFor="qr-text">
          <strong>Hoặc dán nội dung mã</strong>
        </label>
        <textarea id="qr-text" rows={3} value={text} onChange={(e) => setText(e.target.value)} placeholder="000201010211…" spellCheck={false} />
        <button type="submit" className="action-button" disabled={!text.trim()}>
          <ClipboardPaste size={20} aria-hidden="true" /> Kiểm tra
        </button>
      </form>
      <div aria-live="polite">
        {state.kind === "busy" && <p className="card">Đang đọc mã…</p>}
        {state.kind === "error" && (
          <p className="card callout-warning" role="alert">
            {state.message}
          </p>
        )}
        {state.kind === "done" && <QrVerdict result={state.result} />}
      </div>
    </PageLayout>
  );
}
