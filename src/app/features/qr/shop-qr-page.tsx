import { Download, Printer, QrCode } from "lucide-react";
import { useMemo, useState } from "react";
import { banksForQrMaker } from "../../../shared/banks";
import { encodeVietQR, formatVnd, toVietQRText } from "../../../shared/vietqr";
import { QrContentsPanel, type QrContents } from "./qr-contents";
import { toBankHolderName, toQrName } from "./qr-name";
import { areaMatches } from "../../../shared/area-search";
import { isInsideZalo, saveImage } from "../../platform/zalo";
import { PageLayout } from "../../ui/page-layout";
import { useToast } from "../../ui/use-toast";
import { renderShopCard } from "./shop-card";

const BANKS = banksForQrMaker();

/**
 * A household business makes its own static VietQR: bank, account, the holder's name as the bank
 * shows it, shop name, optional amount and purpose, checked as typed. Beside the card it shows
 * exactly what the code carries; the card can be saved to the phone or printed on A5.
 */
export default function ShopQrPage() {
  const [bankQuery, setBankQuery] = useState("");
  const [bin, setBin] = useState("");
  const [account, setAccount] = useState("");
  const [shopName, setShopName] = useState("");
  const [holderName, setHolderName] = useState("");
  const [contents, setContents] = useState<QrContents | null>(null);
  const [amount, setAmount] = useState("");
  const [purpose, setPurpose] = useState("");
  const [card, setCard] = useState<string | null>(null);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const toast = useToast();
  const bank = BANKS.find((b) => b.bin === bin);
  const bankMatches = useMemo(() => BANKS.filter((b) => areaMatches(bankQuery, [b.shortName, b.name, b.code ?? null])).slice(0, 8), [bankQuery]);

  const make = async () => {
    setCard(null);
    setContents(null);
    if (!bank) return setError({ field: "bin", message: "Hãy chọn ngân hàng của bạn." });
    const holder = toBankHolderName(holderName);
    if (!holder) return setError({ field: "holderName", message: "Hãy nhập tên chủ tài khoản, đúng như ứng dụng ngân hàng hiện." });
    if (!shopName.trim()) return setError({ field: "shopName", message: "Hãy nhập tên cửa hàng để in lên thẻ." });
    const qrName = toQrName(shopName);
    const qrPurpose = purpose ? toVietQRText(purpose) : undefined;
    const result = encodeVietQR({ bin: bank.bin, accountOrCard: account, amount: amount || undefined, purpose: qrPurpose, merchantName: qrName });
    if (!result.ok) return setError({ field: String(result.error.field), message: result.error.message });
    setError(null);
    setContents({
      bankLabel: bank.shortName,
      bin: bank.bin,
      account,
      qrName,
      shopName,
      holderName: holder,
      ...(amount ? { amount: formatVnd(amount) } : {}),
      ...(qrPurpose ? { purpose: qrPurpose } : {}),
    });
    setCard(
      await renderShopCard({
        payload: result.payload,
        shopName: shopName.trim(),
        holderName: holder,
        bankName: bank.shortName,
        account,
        ...(amount ? { amount: formatVnd(amount) } : {}),
      }),
    );
  };
  const fieldError = (field: string) =>
    error?.field === field ? (
      <span className="field-error" role="alert">
        {error.message}
      </span>
    ) : null;

  return (
    <PageLayout title="Tạo mã QR cho cửa hàng">
      <form
        className="card shop-form"
        onSubmit={(e) => {
          e.preventDefault();
          void make();
        }}
      >
        <label htmlFor="bank-search">Ngân hàng</label>
        {bank ? (
          <p className="chosen-bank">
            <strong>{bank.shortName}</strong> – {bank.name}{" "}
            <button type="button" className="link-button" onClick={() => setBin("")}>
              Đổi
            </button>
          </p>
        ) : (
          <>
            <input id="bank-search" type="search" value={bankQuery} onChange={(e) => setBankQuery(e.target.value)} placeholder="Ví dụ: Vietcombank" autoComplete="off" />
            <ul className="bank-options" aria-label="Ngân hàng">
              {bankMatches.map((b) => (
                <li key={b.bin}>
                  <button type="button" className="row-link" onClick={() => setBin(b.bin)}>
                    <span>
                      <strong>{b.shortName}</strong>
                      <span className="muted small block">{b.name}</span>
                    </span>
                  </button>
                </li>
              ))}
            </ul>
          </>
        )}
        {fieldError("bin")}
        <label htmlFor="account">Số tài khoản</label>
        <input id="account" inputMode="numeric" value={account} maxLength={19} onChange={(e) => setAccount(e.target.value.replace(/\D/g, ""))} autoComplete="off" />
        {fieldError("accountOrCard")}
        <label htmlFor="holder-name">Tên chủ tài khoản</label>
        <span id="holder-name-hint" className="muted small">
          Ghi đúng như ứng dụng ngân hàng hiện khi có người chuyển tiền cho bạn. Khách sẽ so tên này.
        </span>
        <input id="holder-name" aria-describedby="holder-name-hint" value={holderName} maxLength={50} onChange={(e) => setHolderName(e.target.value)} placeholder="Ví dụ: NGUYEN THI BA" autoComplete="off" />
        {fieldError("holderName")}
        <label htmlFor="shop-name">Tên cửa hàng (in lên thẻ)</label>
        <input id="shop-name" value={shopName} maxLength={40} onChange={(e) => setShopName(e.target.value)} placeholder="Ví dụ: Tạp hóa Cô Ba" />
        {fieldError("shopName")}
        {fieldError("merchantName")}
        <label htmlFor="amount">Số tiền (không bắt buộc)</label>
        <input id="amount" inputMode="numeric" value={amount} maxLength={9} onChange={(e) => setAmount(e.target.value.replace(/\D/g, ""))} placeholder="Để trống để khách tự nhập" />
        {amount && <span className="muted small">{formatVnd(amount)}</span>}
        {fieldError("amount")}
        <label htmlFor="purpose">Nội dung chuyển khoản (không bắt buộc)</label>
        <input id="purpose" value={purpose} maxLength={25} onChange={(e) => setPurpose(e.target.value)} />
        {fieldError("purpose")}
        <button type="submit" className="call-button">
          <QrCode size={20} aria-hidden="true" /> Tạo mã QR
        </button>
      </form>
      {card && (
        <section className="card shop-card" aria-labelledby="card-title">
          <h2 id="card-title">Mã QR của cửa hàng</h2>
          <img src={card} alt={`Mã QR chuyển khoản cho ${shopName}, ${bank?.shortName ?? ""}, số tài khoản ${account}`} className="shop-card-image" />
          <p className="muted small">Đặt một mã cố định, to, rõ ở quầy. Mỗi ngày xem lại mã có bị dán đè không. Dặn khách: ứng dụng ngân hàng phải hiện tên {contents?.holderName}.</p>
          <div className="action-row">
            <button
              type="button"
              className="action-button"
              onClick={() =>
                void saveImage(card, `ma-qr-${account}.png`).then(
                  () => toast(isInsideZalo() ? "Đã lưu ảnh vào máy." : "Đã tải ảnh xuống.", "success"),
                  () => toast("Chưa lưu được ảnh. Hãy thử lại.", "error"),
                )
              }
            >
              <Download size={20} aria-hidden="true" /> Lưu ảnh
            </button>
            {!isInsideZalo() && (
              <button type="button" className="action-button" onClick={() => window.print()}>
                <Printer size={20} aria-hidden="true" /> In thẻ A5
              </button>
            )}
          </div>
        </section>
      )}
      {card && contents && <QrContentsPanel contents={contents} />}
    </PageLayout>
  );
}
