// Banks that can receive a VietQR transfer, keyed by the 6-digit BIN written in VietQR field 38.
//
// Generated from ../shared/domain/napas-bank-bins.json (checked on 2026-11-22), which merges
//   - the State Bank's card-BIN list, Công văn 1589/NHNN-TT of 05/03/2024 (BINs issued to 31/12/2023),
//   - the bank list of npm vietnam-qr-pay 1.5.1 (MIT), which keeps renamed banks current.
// Names and short names follow vietnam-qr-pay where it has the bank (current names after renames);
// `code` is vietnam-qr-pay's code (not always the same as vietqr.io's, e.g. CTG vs ICB for VietinBank).
//
// Documented conflicts and choices:
//   - CIMB: SBV 970459 vs VietQR 422589 — both recognised, 422589 is the one to write (see row).
//   - 970406 / 970414 / 970449: renamed banks (Vikki, MBV, LPBank); the old names stay in
//     `formerNames` because printed QR stickers and people still use them.
//   - BIDC (Cambodia) is listed by vietnam-qr-pay without a BIN, so it cannot appear in a VietQR
//     and is left out.
// Re-check this list against the State Bank / NAPAS when banks merge or rename.

export interface Bank {
  /** 6-digit BIN as written in VietQR field 38 / 01 / 00. */
  bin: string;
  /** Name people use, e.g. "Vietcombank". */
  shortName: string;
  /** Full Vietnamese legal name. */
  name: string;
  /** vietnam-qr-pay's bank code, when it lists the bank. */
  code?: string;
  swift?: string;
  /** Earlier names of a renamed bank (same BIN). */
  formerNames?: readonly string[];
  /** Whether the BIN is in the State Bank's list (Công văn 1589/NHNN-TT); false = library-only, verify. */
  inSbvList: boolean;
  /** Set when this BIN is recognised but VietQR payloads for the bank use another BIN. */
  vietQRBin?: string;
}

export const BANKS: readonly Bank[] = [
  { bin: "970400", shortName: "SaigonBank", name: "Ngân hàng TMCP Sài Gòn Công Thương", code: "SGB", swift: "SBITVNVX", inSbvList: true },
  { bin: "970403", shortName: "Sacombank", name: "Ngân hàng TMCP Sài Gòn Thương Tín", code: "STB", swift: "SGTTVNVX", inSbvList: true },
  { bin: "970405", shortName: "Agribank", name: "Ngân hàng Nông nghiệp và Phát triển Nông thôn Việt Nam", code: "AGRIBANK", swift: "VBAAVNVX", inSbvList: true },
  // Đông Á Bank was renamed Vikki Bank (same BIN); the SBV list still shows the old name.
  { bin: "970406", shortName: "Vikki Bank", name: "Ngân hàng TNHH MTV Số Vikki", code: "VIKKI", swift: "EACBVNVX", formerNames: ["DongA Bank"], inSbvList: true },
  { bin: "970407", shortName: "Techcombank", name: "Ngân hàng TMCP Kỹ thương Việt Nam", code: "TCB", swift: "VTCBVNVX", inSbvList: true },
  { bin: "970408", shortName: "GPBank", name: "Ngân hàng Thương mại TNHH MTV Dầu Khí Toàn Cầu", code: "GPBANK", swift: "GBNKVNVX", inSbvList: true },
  { bin: "970409", shortName: "BacA Bank", name: "Ngân hàng TMCP Bắc Á", code: "BAB", swift: "NASCVNVX", inSbvList: true },
  { bin: "970410", shortName: "Standard Chartered Vietnam", name: "Ngân hàng TNHH MTV Standard Chartered Bank Việt Nam", code: "SC", swift: "SCBLVNVX", inSbvList: true },
  { bin: "970412", shortName: "PVcomBank", name: "Ngân hàng TMCP Đại Chúng Việt Nam", code: "PVCOMBANK", swift: "WBVNVNVX", inSbvList: true },
  // OceanBank was renamed MBV (same BIN). vietnam-qr-pay gives SWIFT "OCBKUS3M" for it, which
  // is a United States bank's code, so no SWIFT is kept here.
  { bin: "970414", shortName: "MBV", name: "Ngân hàng TNHH MTV Việt Nam Hiện Đại", code: "MBV", formerNames: ["Ocean Bank"], inSbvList: true },
  { bin: "970415", shortName: "VietinBank", name: "Ngân hàng TMCP Công thương Việt Nam", code: "CTG", swift: "ICBVVNVX", inSbvList: true },
  { bin: "970416", shortName: "ACB", name: "Ngân hàng TMCP Á Châu", code: "ACB", swift: "ASCBVNVX", inSbvList: true },
  { bin: "970418", shortName: "BIDV", name: "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", code: "BID", swift: "BIDVVNVX", inSbvList: true },
  { bin: "970419", shortName: "NCB Bank", name: "Ngân hàng TMCP Quốc Dân", code: "NVB", swift: "NVBAVNVX", inSbvList: true },
  { bin: "970421", shortName: "VietNgaBank", name: "Ngân hàng Liên doanh Việt - Nga", code: "VRB", inSbvList: true },
  { bin: "970422", shortName: "MB Bank", name: "Ngân hàng TMCP Quân đội", code: "MBB", swift: "MSCBVNVX", inSbvList: true },
  { bin: "970423", shortName: "TPBank", name: "Ngân hàng TMCP Tiên Phong", code: "TPB", swift: "TPBVVNVX", inSbvList: true },
  { bin: "970424", shortName: "Shinhan Bank", name: "Ngân hàng TNHH MTV Shinhan Việt Nam", code: "SVB", swift: "SHBKVNVX", inSbvList: true },
  { bin: "970425", shortName: "AB Bank", name: "Ngân hàng TMCP An Bình", code: "ABB", swift: "ABBKVNVX", inSbvList: true },
  { bin: "970426", shortName: "MSB", name: "Ngân hàng TMCP Hàng Hải", code: "MSB", swift: "MCOBVNVX", inSbvList: true },
  { bin: "970427", shortName: "VietABank", name: "Ngân hàng TMCP Việt Á", code: "VAB", swift: "VNACVNVX", inSbvList: true },
  { bin: "970428", shortName: "Nam A Bank", name: "Ngân hàng TMCP Nam Á", code: "NAB", swift: "NAMAVNVX", inSbvList: true },
  { bin: "970429", shortName: "SCB", name: "Ngân hàng TMCP Sài Gòn", code: "SCB", swift: "SACLVNVX", inSbvList: true },
  { bin: "970430", shortName: "PG Bank", name: "Ngân hàng TMCP Xăng dầu Petrolimex", code: "PGB", swift: "PGBLVNVX", inSbvList: true },
  { bin: "970431", shortName: "Eximbank", name: "Ngân hàng TMCP Xuất Nhập khẩu Việt Nam", code: "EIB", swift: "EBVIVNVX", inSbvList: true },
  { bin: "970432", shortName: "VPBank", name: "Ngân hàng TMCP Việt Nam Thịnh Vượng", code: "VPB", swift: "VPBKVNVX", inSbvList: true },
  { bin: "970433", shortName: "VietBank", name: "Ngân hàng TMCP Việt Nam Thương Tín", code: "VBB", swift: "VNTTVNVX", inSbvList: true },
  { bin: "970434", shortName: "Indovina Bank", name: "Ngân hàng TNHH Indovina", code: "IVB", inSbvList: true },
  { bin: "970436", shortName: "Vietcombank", name: "Ngân hàng TMCP Ngoại Thương Việt Nam", code: "VCB", swift: "BFTVVNVX", inSbvList: true },
  { bin: "970437", shortName: "HDBank", name: "Ngân hàng TMCP Phát triển TP. Hồ Chí Minh", code: "HDB", swift: "HDBCVNVX", inSbvList: true },
  { bin: "970438", shortName: "BaoViet Bank", name: "Ngân hàng TMCP Bảo Việt", code: "BAOVIETBANK", swift: "BVBVVNVX", inSbvList: true },
  { bin: "970439", shortName: "Public Bank Vietnam", name: "Ngân hàng TNHH MTV Public Việt Nam", code: "PBVN", swift: "VIDPVNVX", inSbvList: true },
  { bin: "970440", shortName: "SeABank", name: "Ngân hàng TMCP Đông Nam Á", code: "SSB", swift: "SEAVVNVX", inSbvList: true },
  { bin: "970441", shortName: "VIB", name: "Ngân hàng TMCP Quốc tế Việt Nam", code: "VIB", swift: "VNIBVNVX", inSbvList: true },
  { bin: "970442", shortName: "HongLeong Bank", name: "Ngân hàng TNHH MTV Hong Leong Việt Nam", code: "HLB", swift: "HLBBVNVX", inSbvList: true },
  { bin: "970443", shortName: "SHB", name: "Ngân hàng TMCP Sài Gòn - Hà Nội", code: "SHB", swift: "SHBAVNVX", inSbvList: true },
  { bin: "970444", shortName: "CB Bank", name: "Ngân hàng Thương mại TNHH MTV Xây dựng Việt Nam", code: "VNCB", swift: "GTBAVNVX", inSbvList: true },
  { bin: "970446", shortName: "Co-op Bank", name: "Ngân hàng Hợp tác xã Việt Nam", code: "COOPBANK", inSbvList: true },
  { bin: "970448", shortName: "OCB Bank", name: "Ngân hàng TMCP Phương Đông", code: "OCB", swift: "ORCOVNVX", inSbvList: true },
  // LienVietPostBank was renamed LPBank (Lộc Phát); the SBV list still shows the old name.
  { bin: "970449", shortName: "LPBank", name: "Ngân hàng TMCP Lộc Phát Việt Nam", code: "LPB", swift: "LVBKVNVX", formerNames: ["LienVietPostBank"], inSbvList: true },
  { bin: "970452", shortName: "KienlongBank", name: "Ngân hàng TMCP Kiên Long", code: "KLB", swift: "KLBKVNVX", inSbvList: true },
  // Also the receiving bank behind ZaloPay and older MoMo wallet QR accounts (vietnam-qr-pay README).
  { bin: "970454", shortName: "BVBank", name: "Ngân hàng TMCP Bản Việt", code: "BVB", swift: "VCBCVNVX", inSbvList: true },
  { bin: "970455", shortName: "IBK HN", name: "Ngân hàng Công nghiệp Hàn Quốc - Chi nhánh Hà Nội", code: "IBKHN", inSbvList: true },
  { bin: "970456", shortName: "IBK HCM", name: "Ngân hàng Công nghiệp Hàn Quốc - Chi nhánh TP. Hồ Chí Minh", code: "IBKHCM", inSbvList: true },
  { bin: "970457", shortName: "Woori Bank", name: "Ngân hàng TNHH MTV Woori Việt Nam", code: "WRB", inSbvList: true },
  { bin: "970458", shortName: "United Overseas Bank Vietnam", name: "Ngân hàng United Overseas Bank Việt Nam", code: "UOB", inSbvList: true },
  // CIMB: the SBV card-BIN list (and subiz/vietqr) give 970459, but VietQR payloads use 422589
  // (vietnam-qr-pay, vietqr.io). Both are recognised; the QR maker must write 422589 (`vietQRBin`).
  { bin: "970459", shortName: "CIMB Bank", name: "Ngân hàng TNHH MTV CIMB Việt Nam", code: "CIMB", swift: "CIBBVNVN", inSbvList: true, vietQRBin: "422589" },
  // Finance companies and branches below are in the SBV list only; short names are ours.
  { bin: "970460", shortName: "Vietcredit", name: "Công ty Tài chính cổ phần Xi Măng", inSbvList: true },
  { bin: "970462", shortName: "Kookmin Bank HN", name: "Ngân hàng Kookmin - Chi nhánh Hà Nội", code: "KBHN", inSbvList: true },
  { bin: "970463", shortName: "Kookmin Bank HCM", name: "Ngân hàng Kookmin - Chi nhánh TP. Hồ Chí Minh", code: "KBHCM", inSbvList: true },
  { bin: "970464", shortName: "TNEX", name: "Công ty Tài chính TNHH MTV Cộng Đồng", inSbvList: true },
  { bin: "970465", shortName: "SinoPac HCM", name: "Ngân hàng SinoPac - Chi nhánh TP. Hồ Chí Minh", inSbvList: true },
  { bin: "970466", shortName: "KEB Hana HCM", name: "Ngân hàng KEB Hana - Chi nhánh TP. Hồ Chí Minh", inSbvList: true },
  { bin: "970467", shortName: "KEB Hana HN", name: "Ngân hàng KEB Hana - Chi nhánh Hà Nội", inSbvList: true },
  { bin: "970468", shortName: "Mirae Asset", name: "Công ty Tài chính TNHH MTV Mirae Asset (Việt Nam)", inSbvList: true },
  { bin: "970470", shortName: "MB Shinsei", name: "Công ty Tài chính TNHH MB SHINSEI", inSbvList: true },
  // Not in the SBV card-BIN list: identifiers that vietnam-qr-pay uses on NAPAS/VietQR.
  { bin: "546034", shortName: "CAKE by VPBank", name: "Ngân hàng số CAKE by VPBank - Ngân hàng TMCP Việt Nam Thịnh Vượng", code: "CAKE", inSbvList: false },
  { bin: "422589", shortName: "CIMB Bank", name: "Ngân hàng TNHH MTV CIMB Việt Nam", code: "CIMB", swift: "CIBBVNVN", inSbvList: false },
  { bin: "796500", shortName: "DBS Bank", name: "NH TNHH MTV Phát triển Singapore - Chi nhánh TP. Hồ Chí Minh", code: "DBS", swift: "DBSSVNVX", inSbvList: false },
  { bin: "458761", shortName: "HSBC Vietnam", name: "Ngân hàng TNHH MTV HSBC (Việt Nam)", code: "HSBC", swift: "HSBCVNVX", inSbvList: false },
  { bin: "668888", shortName: "Kasikornbank", name: "Ngân hàng Đại chúng TNHH KASIKORNBANK - CN TP. Hồ Chí Minh", code: "KBANK", swift: "KASIVNVX", inSbvList: false },
  { bin: "963369", shortName: "Liobank", name: "Ngân hàng số Liobank - Ngân hàng TMCP Phương Đông", code: "LIOBANK", inSbvList: false },
  { bin: "801011", shortName: "Nonghyup Bank", name: "Ngân hàng Nonghyup - Chi nhánh Hà Nội", code: "NONGHYUP", inSbvList: false },
  { bin: "963388", shortName: "Timo", name: "Ngân hàng số Timo by Bản Việt Bank", code: "TIMO", inSbvList: false },
  { bin: "546035", shortName: "Ubank by VPBank", name: "Ngân hàng số Ubank by VPBank - Ngân hàng TMCP Việt Nam Thịnh Vượng", code: "UBANK", inSbvList: false },
  { bin: "971025", shortName: "MoMo", name: "CTCP Dịch Vụ Di Động Trực Tuyến", code: "MOMO", inSbvList: false },
];

const BY_BIN: ReadonlyMap<string, Bank> = new Map(BANKS.map((bank) => [bank.bin, bank]));

/** The bank for a BIN, or undefined when the BIN is not in the list (an unknown bank is a warning sign). */
export function findBankByBin(bin: string): Bank | undefined {
  return BY_BIN.get(bin);
}

/** Banks a shop can choose in the QR maker: every listed BIN except aliases that VietQR does not use. */
export function banksForQrMaker(): readonly Bank[] {
  return BANKS.filter((bank) => bank.vietQRBin === undefined);
}
