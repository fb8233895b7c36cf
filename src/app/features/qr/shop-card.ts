import QRCode from "qrcode";

export type ShopCard = { payload: string; shopName: string; holderName: string; bankName: string; account: string; amount?: string };

const WIDTH = 720;
const QR_SIZE = 560;

/**
 * The shop's QR as a picture to save or print: the code with the shop's Vietnamese name, then the
 * name the customer's bank app must show (the account holder's), the bank and the account, so a
 * customer can check the app against the card before confirming.
 */
export async function renderShopCard(card: ShopCard): Promise<string> {
  const canvas = document.createElement("canvas");
  const lines = [
    card.shopName,
    "Ứng dụng ngân hàng phải hiện tên:",
    card.holderName,
    `${card.bankName} · STK ${card.account}`,
    ...(card.amount ? [card.amount] : []),
  ];
  canvas.width = WIDTH;
  canvas.height = 80 + QR_SIZE + 40 + lines.length * 52 + 40;
  const context = canvas.getContext("2d");
  if (!context) throw new Error("canvas 2D is not available");
  context.fillStyle = "#ffffff";
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.fillStyle = "#0b5cab";
  context.font = "bold 36px 'Noto Sans', Roboto, Arial, sans-serif";
  context.textAlign = "center";
  context.fillText("Quét mã để chuyển khoản", WIDTH / 2, 56);
  const qr = document.createElement("canvas");
  // High error correction: a sticker that gets scratched or dirty at a market stall still scans.
  await QRCode.toCanvas(qr, card.payload, { width: QR_SIZE, margin: 2, errorCorrectionLevel: "H" });
  context.drawImage(qr, (WIDTH - QR_SIZE) / 2, 80);
  context.fillStyle = "#141a21";
  lines.forEach((line, i) => {
    const bold = i === 0 || i === 2;
    context.font = `${bold ? "bold " : ""}${i === 0 ? 40 : 32}px 'Noto Sans', Roboto, Arial, sans-serif`;
    context.fillText(line, WIDTH / 2, 80 + QR_SIZE + 60 + i * 52, WIDTH - 40);
  });
  return canvas.toDataURL("image/png");
}
