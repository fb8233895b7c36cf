import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import * as common from "@zxcvbn-ts/language-common";
import * as en from "@zxcvbn-ts/language-en";

// NIST SP 800-63B: length first, no composition rules, and refuse passwords that are common,
// repetitive or built from words about the account. zxcvbn-ts estimates how many guesses a password
// needs against lists of leaked passwords, names and words; we add words a guesser would try on a
// Vietnamese ward's console, and the account's own login, name and wards as context.
const LOCAL_WORDS = ["matkhau", "congdanso", "congdan", "phuong", "ubnd", "canbo", "quantri", "bientap", "hanhchinh", "vneid", "zalo", "danang", "hanoi", "saigon", "vietnam"];

const estimator = new ZxcvbnFactory({
  dictionary: { ...common.dictionary, ...en.dictionary, local: LOCAL_WORDS },
  graphs: common.adjacencyGraphs,
  translations: en.translations,
});

export const MIN_PASSWORD_LENGTH = 10;
/** Shown as the example of a good passphrase, so refused itself: people copy examples. */
export const EXAMPLE_PASSPHRASE = "mây trắng gõ cửa chiều thu";
const MIN_SCORE = 3; // "safely unguessable": about 10^8 guesses or more

type Match = { pattern: string; dictionaryName?: string };

/** What is wrong with the password, in words a clerk can act on; null when it is good. */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự. Một câu ngắn dễ nhớ là mật khẩu tốt. (At least ${MIN_PASSWORD_LENGTH} characters.)`;
  if (password.length > 200) return "Mật khẩu dài quá 200 ký tự. (At most 200 characters.)";
  // "Chị Hoa" also as "chi", "hoa" and "chihoa": people type their names without marks and spaces.
  const plain = (w: string) => w.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();
  const words = context
    .flatMap((c) => [c, plain(c), plain(c).replace(/[\s._-]+/g, ""), ...plain(c).split(/[\s._-]+/)])
    .filter((w) => w.length >= 3);
  if (plain(password).replace(/\s+/g, "") === plain(EXAMPLE_PASSPHRASE).replace(/\s+/g, "")) {
    return "Đây là câu ví dụ mà ai cũng đọc được. Hãy nghĩ một câu của riêng bạn. (That is the published example.)";
  }
  const result = estimator.check(password, words);
  if (result.score >= MIN_SCORE) return null;
  const matches = result.sequence as Match[];
  const why = matches.some((m) => m.dictionaryName === "userInputs")
    ? "có tên đăng nhập, họ tên hoặc tên phường của tài khoản"
    : matches.some((m) => m.dictionaryName === "passwords-common")
      ? "là mật khẩu phổ biến mà kẻ gian thử đầu tiên"
      : matches.some((m) => m.pattern === "repeat" || m.pattern === "sequence" || m.pattern === "spatial")
        ? "có ký tự lặp lại hoặc theo dãy (aaa, 1234, qwerty)"
        : "dễ đoán (chỉ gồm một từ thông dụng với vài chữ số)";
  return `Mật khẩu này ${why}. Hãy dùng một câu ngắn gồm 4–5 từ không liên quan đến nhau, kiểu như "${EXAMPLE_PASSPHRASE}" (đừng dùng đúng câu này). (Password too easy to guess.)`;
}
