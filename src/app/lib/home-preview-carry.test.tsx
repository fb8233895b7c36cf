import { render, screen, waitFor } from "@testing-library/react";
import { useState } from "react";
import { describe, expect, it } from "vitest";
import { swapHomePreviewWhenReady } from "./home-preview-swap";

// The app's home as far as the swap cares: its name, its announcements, and a controlled search box.
function Home({ loaded }: { loaded: boolean }) {
  const [q, setQ] = useState("");
  return (
    <div className="zaui-page home-page">
      <h1>Phường Hòa Cường</h1>
      <input type="search" aria-label="Tìm" value={q} onChange={(e) => setQ(e.target.value)} />
      <p data-testid="query">{q}</p>
      <section aria-labelledby="latest-title">{loaded ? <a className="announcement-card">Thông báo</a> : <div role="status" />}</section>
    </div>
  );
}

describe("the server-drawn home hands over to the app", () => {
  it("keeps what the resident began to type in its search box, in the app's state, with the focus", async () => {
    document.body.innerHTML = `<div id="home-preview"><form role="search"><input type="search" name="q"></form></div><div id="app"></div>`;
    const typed = document.querySelector<HTMLInputElement>("#home-preview input");
    if (!typed) throw new Error("no preview box");
    typed.focus();
    typed.value = "Núi Thành";
    const app = document.getElementById("app") ?? document.body;
    const { rerender } = render(<Home loaded={false} />, { container: app });
    swapHomePreviewWhenReady(document);
    expect(document.getElementById("home-preview")).not.toBeNull();
    rerender(<Home loaded />);
    await waitFor(() => expect(document.getElementById("home-preview")).toBeNull());
    expect(screen.getByTestId("query").textContent).toBe("Núi Thành");
    expect(document.activeElement).toBe(screen.getByRole("searchbox", { name: "Tìm" }));
  });
});
