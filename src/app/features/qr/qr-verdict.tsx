import { Info, ScanSearch, TriangleAlert, Wallet } from "lucide-react";
import { recognisePaymentScheme, type PaymentScheme } from "../../../shared/payment-schemes";
import { formatVnd, type VietQR, type VietQRDecodeResult, type VietQRError } from "../../../shared/vietqr";

/**
 * What a payment QR says and what it cannot say. A QR never proves who receives the money: anyone
 * who makes a code types the name in it. So there is no "safe" verdict here, only the facts read
 * from the code, a warning for codes that are broken, altered or inconsistent, and the one check
 * that works: the name the paying app shows before the payment is confirmed.
 */
export function QrVerdict({ result }: { result: VietQRDecodeResult }) {
  const scheme = recognisePaymentScheme(result);
  if (result.ok) return <BankTransfer qr={result.qr} scheme={scheme} />;
  if (result.error.code === "not-vietqr") return <OtherScheme error={result.error} scheme={scheme} />;
  return <Unusable error={result.error} />;
}

const UNVERIFIED_NAME = "Tên do người tạo mã ghi — ngân hàng chưa xác nhận.";

function SafeStep({ app }: { app: string }) {
  return (
    <p className="callout safe-step">
      <ScanSearch size={20} aria-hidden="true" />
      <span>
        <strong>Cách kiểm tra duy nhất:</strong> quét mã bằng {app}. Trước khi bấm xác nhận, đọc tên người nhận mà ứng dụng hiện ra. Tên đó
        khác với người bán thì đừng chuyển.
      </span>
    </p>
  );
}

function BankTransfer({ qr, scheme }: { qr: VietQR; scheme: PaymentScheme | undefined }) {
  const warnings: string[] = [];
  if (!qr.bankName) warnings.push(`Không nhận ra ngân hàng (mã ${qr.bin}). Mã có thể bị làm giả: hỏi lại người bán.`);
  if (qr.amount) warnings.push("Mã này có sẵn số tiền. Hãy xem số tiền có đúng với món hàng không.");
  if (qr.tip) warnings.push("Mã này đòi thêm tiền boa hoặc phí. Hãy hỏi người bán trước khi trả.");
  const title = scheme ? `Mã của ví ${scheme.name}` : "Mã VietQR chuyển khoản ngân hàng";
  return (
    <section className={`card verdict ${qr.bankName ? "verdict-info" : "verdict-bad"}`} aria-labelledby="verdict-title">
      <h2 id="verdict-title">
        {scheme ? <Wallet size={26} aria-hidden="true" /> : <Info size={26} aria-hidden="true" />} {title}
      </h2>
      {scheme && (
        <p className="scheme-note">
          Mã của ví {scheme.name}: mở bằng {scheme.app} để xem người nhận. Ứng dụng ngân hàng cũng trả được mã này và sẽ hiện tên chủ ví.
        </p>
      )}
      <p className="muted">Mã cho biết những điều dưới đây. Mã không cho biết ai thật sự nhận tiền.</p>
      <dl className="qr-facts">
        <div>
          <dt>{scheme ? "Ví nhận tiền qua" : "Ngân hàng (đọc từ mã)"}</dt>
          <dd>{qr.bankName ? `${qr.bankShortName ?? ""} – ${qr.bankName}` : `Không rõ (mã ${qr.bin})`}</dd>
        </div>
        <div>
          <dt>{qr.service === "card" ? "Số thẻ (đọc từ mã)" : "Số tài khoản (đọc từ mã)"}</dt>
          <dd className="big">{qr.accountOrCard}</dd>
        </div>
        <div className="unverified-name">
          <dt>Tên ghi trong mã</dt>
          <dd>{qr.merchantName ?? "Mã không ghi tên."}</dd>
          <dd className="name-caveat">{qr.merchantName ? UNVERIFIED_NAME : "Ứng dụng ngân hàng sẽ hiện tên chủ tài khoản."}</dd>
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
      <SafeStep app={scheme ? `${scheme.app} hoặc ứng dụng ngân hàng` : "ứng dụng ngân hàng"} />
    </section>
  );
}

function OtherScheme({ error, scheme }: { error: VietQRError; scheme: PaymentScheme | undefined }) {
  const other = error.partial;
  return (
    <section className="card verdict verdict-info" aria-labelledby="verdict-title">
      <h2 id="verdict-title">
        <Wallet size={26} aria-hidden="true" /> {scheme ? `Mã ${scheme.kind === "wallet" ? "của ví" : "thanh toán"} ${scheme.name}` : "Mã thanh toán của một đơn vị khác"}
      </h2>
      <p className="scheme-note">
        {scheme
          ? `Mã ${scheme.kind === "wallet" ? "của ví" : "thanh toán"} ${scheme.name}: mở bằng ${scheme.app} để xem người nhận.`
          : "Đây là mã thanh toán nhưng không phải mã chuyển khoản ngân hàng VietQR, và ứng dụng này không nhận ra đơn vị phát hành. Ví hoặc ứng dụng ngân hàng đọc được mã sẽ hiện người nhận."}
      </p>
      {other?.merchantName && (
        <dl className="qr-facts">
          <div className="unverified-name">
            <dt>Tên ghi trong mã</dt>
            <dd>{other.merchantName}</dd>
            <dd className="name-caveat">{UNVERIFIED_NAME}</dd>
          </div>
          {other.amount && (
            <div>
              <dt>Số tiền</dt>
              <dd className="big">{formatVnd(other.amount)}</dd>
            </div>
          )}
        </dl>
      )}
      <SafeStep app={scheme ? scheme.app : "ví hoặc ứng dụng ngân hàng đọc được mã"} />
    </section>
  );
}

function Unusable({ error }: { error: VietQRError }) {
  return (
    <section className="card verdict verdict-bad" role="alert" aria-labelledby="verdict-title">
      <h2 id="verdict-title">
        <TriangleAlert size={26} aria-hidden="true" /> Mã QR không dùng được
      </h2>
      <p>{error.message}</p>
      <p className="muted">Đừng chuyển tiền theo mã này. Hỏi lại người bán, hoặc nhập số tài khoản bằng tay sau khi hỏi rõ.</p>
    </section>
  );
}
