import { Download, Printer, QrCode } from "lucide-react";
import { useMemo, useState } from "react";
import useSnackbar from "zmp-ui/useSnackbar";
import { banksForQrMaker } from "../../../shared/banks";
import { encodeVietQR, formatVnd, toVietQRText } from "../../../shared/vietqr";
import { areaMatches } from "../../../shared/area-search";
import { isInsideZalo, saveImage } from "../../platform/zalo";
import { PageLayout } from "../../ui/page-layout";
import { renderShopCard } from "./shop-card";

const BANKS = banksForQrMaker();

/**
 * A household business makes its own static VietQR: bank, account, shop name, optional amount and
 * purpose, checked as typed. The card can be saved to the phone or printed on A5.
 */
export default function ShopQrPage() {
  const [bankQuery, setBankQuery] = useState("");
  const [bin, setBin] = useState("");
  const [account, setAccount] = useState("");
  const [shopName, setShopName] = useState("");
  const [amount, setAmount] = useState("");
  const [purpose, setPurpose] = useState("");
  const [card, setCard] = useState<string | null>(null);
  const [error, setError] = useState<{ field: string; message: string } | null>(null);
  const { openSnackbar } = useSnackbar();
  const bank = BANKS.find((b) => b.bin === bin);
  const bankMatches = useMemo(() => BANKS.filter((b) => areaMatches(bankQuery, [b.shortName, b.name, b.code ?? null])).slice(0, 8), [bankQuery]);

  const make = async () => {
    setCard(null);
    if (!bank) return setError({ field: "bin", message: "Hãy chọn ngân hàng của bạn." });
    if (!shopName.trim()) return setError({ field: "shopName", message: "Hãy nhập tên cửa hàng để khách đối chiếu." });
    const result = encodeVietQR({
      bin: bank.bin,
      accountOrCard: account,
      amount: amount || undefined,
      purpose: purpose ? toVietQRText(purpose) : undefined,
      merchantName: toVietQRText(shopName).slice(0, 25),
    });
    if (!result.ok) return setError({ field: String(result.error.field), message: result.error.message });
    setError(null);
    setCard(
      await renderShopCard({
        payload: result.payload,
        shopName: shopName.trim(),
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
            <input id="bank-search" type="search" value={bankQuery} onChange={(e) => setBankQuery(e.target.value)} placeholder="Gõ tên ngân hàng, ví dụ: Vietcombank" autoComplete="off" />
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
        <label htmlFor="shop-name">Tên cửa hàng</label>
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
          <p className="muted small">Đặt một mã cố định, to, rõ ở quầy. Mỗi ngày xem lại mã có bị dán đè không.</p>
          <div className="action-row">
            <button
              type="button"
              className="action-button"
              onClick={() =>
                void saveImage(card, `ma-qr-${account}.png`).then(
                  () => openSnackbar({ text: isInsideZalo() ? "Đã lưu ảnh vào máy." : "Đã tải ảnh xuống.", type: "success" }),
                  () => openSnackbar({ text: "Chưa lưu được ảnh. Hãy thử lại.", type: "error" }),
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
    </PageLayout>
  );
}
