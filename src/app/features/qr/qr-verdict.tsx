import { CircleCheck, CircleX, TriangleAlert } from "lucide-react";
import { formatVnd, type VietQRDecodeResult } from "../../../shared/vietqr";

/** What a payment QR really says, large and plain, with a verdict and what to watch for. */
export function QrVerdict({ result }: { result: VietQRDecodeResult }) {
  if (!result.ok) {
    const other = result.error.partial;
    return (
      <section className="card verdict verdict-bad" role="alert" aria-labelledby="verdict-title">
        <h2 id="verdict-title">
          <CircleX size={26} aria-hidden="true" /> {result.error.code === "not-vietqr" ? "Không phải mã VietQR" : "Mã QR không dùng được"}
        </h2>
        <p>{result.error.message}</p>
        {other?.merchantName && <p>Tên trong mã: {other.merchantName}</p>}
        <p className="muted">Đừng chuyển tiền theo mã này. Hỏi lại người bán hoặc nhập số tài khoản bằng tay sau khi hỏi rõ.</p>
      </section>
    );
  }
  const { qr } = result;
  const warnings: string[] = [];
  if (!qr.bankName) warnings.push(`Không nhận ra ngân hàng (mã ${qr.bin}). Hãy kiểm tra thật kỹ trong ứng dụng ngân hàng.`);
  if (qr.initiation === "dynamic" && qr.amount) warnings.push("Mã này có sẵn số tiền. Hãy xem số tiền có đúng với món hàng không.");
  if (qr.tip) warnings.push("Mã này đòi thêm tiền boa hoặc phí. Hãy hỏi người bán trước khi trả.");
  return (
    <section className="card verdict verdict-ok" aria-labelledby="verdict-title">
      <h2 id="verdict-title">
        <CircleCheck size={26} aria-hidden="true" /> Tiền sẽ chuyển vào tài khoản này
      </h2>
      <dl className="qr-facts">
        <div>
          <dt>Ngân hàng</dt>
          <dd>{qr.bankName ? `${qr.bankShortName ?? ""} – ${qr.bankName}` : `Không rõ (mã ${qr.bin})`}</dd>
        </div>
        <div>
          <dt>{qr.service === "card" ? "Số thẻ" : "Số tài khoản"}</dt>
          <dd className="big">{qr.accountOrCard}</dd>
        </div>
        <div>
          <dt>Tên người nhận</dt>
          <dd>{qr.merchantName ?? "Mã không ghi tên. Ứng dụng ngân hàng sẽ hiện tên."}</dd>
        </div>
        <div>
          <dt>Số tiền</dt>
          <dd className="big">{qr.amount ? formatVnd(qr.amount) : "Bạn tự nhập"}</dd>
        </div>
        <div>
          <dt>Nội dung</dt>
          <dd>{qr.purpose ?? qr.billNumber ?? "Không có"}</dd>
        </div>
      </dl>
      {warnings.map((w) => (
        <p key={w} className="callout callout-warning">
          <TriangleAlert size={18} aria-hidden="true" /> {w}
        </p>
      ))}
      <p className="callout">
        Trước khi bấm chuyển, xem tên người nhận mà ứng dụng ngân hàng hiện ra. Tên không khớp với người bán thì đừng chuyển.
      </p>
    </section>
  );
}
