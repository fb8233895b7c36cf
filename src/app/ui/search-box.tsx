import { Search } from "lucide-react";
import { useState } from "react";
import { useNavigate } from "react-router-dom";
import { screens } from "../screens";

export const SEARCH_PLACEHOLDER = "Bạn cần tìm gì?";

/**
 * The box at the top of home: typing and "Tìm" open the search screen with what was typed. A real
 * form, so the phone's keyboard shows its search key and Enter works.
 */
export function HomeSearchBox() {
  const [text, setText] = useState("");
  const navigate = useNavigate();
  return (
    <form
      className="search-box home-search"
      role="search"
      action={screens.search.to()}
      onSubmit={(event) => {
        event.preventDefault();
        navigate(screens.search.to({ q: text.trim() || undefined }));
      }}
    >
      <Search size={22} aria-hidden="true" />
      <input
        type="search"
        name="q"
        value={text}
        onChange={(event) => setText(event.target.value)}
        placeholder={SEARCH_PLACEHOLDER}
        aria-label="Tìm thủ tục, hướng dẫn, tổ hỗ trợ, thông báo"
        enterKeyHint="search"
        autoComplete="off"
      />
      <button type="submit" className="search-submit">
        Tìm
      </button>
    </form>
  );
}
