import { useStoredState } from "../lib/use-stored-state";
import { DEVICE_KEYS } from "../lib/device-store/keys";
import { usage } from "../lib/usage";

/**
 * "Thông tin này có giúp ích cho bạn?" at the end of a procedure or a guide. The answer is counted
 * anonymously (usage counts) and remembered on the phone, so the same page never asks twice.
 */
export function HelpfulQuestion({ kind, id }: { kind: "procedure" | "guide"; id: string }) {
  const [answer, setAnswer, loaded] = useStoredState<"yes" | "no", null>(DEVICE_KEYS.helpful, `${kind}:${id}`, null);
  if (!loaded) return null;
  const reply = (helpful: boolean) => {
    setAnswer(() => (helpful ? "yes" : "no"));
    usage.track({ type: "helpful", kind, id, helpful });
  };
  return (
    <section className="card helpful-question" aria-labelledby={`helpful-${id}`}>
      <p id={`helpful-${id}`}>
        <strong>Thông tin này có giúp ích cho bạn?</strong>
      </p>
      {answer === null ? (
        // The app's own action buttons: zmp-ui's secondary button is below 4.5:1 contrast.
        <div className="action-row">
          <button type="button" className="action-button" onClick={() => reply(true)}>
            Có
          </button>
          <button type="button" className="action-button" onClick={() => reply(false)}>
            Không
          </button>
        </div>
      ) : (
        <p role="status">Cảm ơn bạn. Phường dùng ý kiến này để viết lại cho dễ hiểu hơn.</p>
      )}
    </section>
  );
}
