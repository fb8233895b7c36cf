import { Info } from "lucide-react";
import { QR_NAME_MAX } from "./qr-name";

export type QrContents = {
  bankLabel: string;
  bin: string;
  account: string;
  qrName: string;
  shopName: string;
  holderName: string;
  amount?: string;
  purpose?: string;
};

/**
 * Exactly what the shop's code carries, beside the card, and why it differs from what was typed:
 * the shop owner should never be surprised by what a customer's app reads.
 */
export function QrContentsPanel({ contents }: { contents: QrContents }) {
  const changed = contents.qrName !== contents.shopName.trim();
  return (
    <section className="card qr-contents" aria-labelledby="qr-contents-title">
      <h2 id="qr-contents-title">Mã QR này chứa gì</h2>
      <dl className="qr-facts">
        <div>
          <dt>Ngân hàng</dt>
          <dd>
            {contents.bankLabel} (mã {contents.bin})
          </dd>
        </div>
        <div>
          <dt>Số tài khoản</dt>
          <dd className="big">{contents.account}</dd>
        </div>
        <div>
          <dt>Tên ghi trong mã</dt>
          <dd>{contents.qrName}</dd>
        </div>
        {contents.amount && (
          <div>
            <dt>Số tiền</dt>
            <dd>{contents.amount}</dd>
          </div>
        )}
        {contents.purpose && (
          <div>
            <dt>Nội dung</dt>
            <dd>{contents.purpose}</dd>
          </div>
        )}
      </dl>
      <p className="callout">
        <Info size={18} aria-hidden="true" />
        <span>
          {changed && `Mã QR chỉ ghi được chữ không dấu, tối đa ${QR_NAME_MAX} ký tự, nên tên cửa hàng được ghi là “${contents.qrName}”. `}
          Tên trong mã do bạn ghi, ngân hàng không kiểm tra. Khi khách quét, ứng dụng ngân hàng hiện tên chủ tài khoản:{" "}
          <strong>{contents.holderName}</strong>. Thẻ in ra ghi tên này để khách so.
        </span>
      </p>
    </section>
  );
}
