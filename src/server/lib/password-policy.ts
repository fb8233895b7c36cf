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
const MIN_SCORE = 3; // "safely unguessable": about 10^8 guesses or more

type Match = { pattern: string; dictionaryName?: string };

/** What is wrong with the password, in words a clerk can act on; null when it is good. */
export function passwordProblem(password: string, context: string[] = []): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Mật khẩu cần ít nhất ${MIN_PASSWORD_LENGTH} ký tự. Một câu ngắn dễ nhớ là mật khẩu tốt. (At least ${MIN_PASSWORD_LENGTH} characters.)`;
  if (password.length > 200) return "Mật khẩu dài quá 200 ký tự. (At most 200 characters.)";
  const words = context.flatMap((c) => [c, ...c.split(/[\s._-]+/)]).filter((w) => w.length >= 3);
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
  return `Mật khẩu này ${why}. Hãy dùng một câu ngắn gồm 4–5 từ không liên quan đến nhau, ví dụ "mây trắng gõ cửa chiều thu". (Password too easy to guess.)`;
}
