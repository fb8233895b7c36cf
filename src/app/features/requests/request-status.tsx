import { CloudOff, LoaderCircle, TriangleAlert } from "lucide-react";
import type { RequestStatus } from "../../../shared/schemas/requests";
import type { OutboxEntry } from "./request-store";
import { statusText } from "./request-labels";

export function StatusBadge({ status, forwardedTo }: { status: RequestStatus; forwardedTo: string | null }) {
  return <span className={`badge request-status status-${status}`}>{statusText(status, forwardedTo)}</span>;
}

/** What an unsent request is doing: sending now, waiting for signal, or refused (with why). */
export function OutboxState({ entry }: { entry: OutboxEntry }) {
  if (entry.state === "failed") {
    return (
      <p className="outbox-state failed" role="status">
        <TriangleAlert size={20} aria-hidden="true" /> Phường chưa nhận: {entry.error ?? "yêu cầu không hợp lệ."}
      </p>
    );
  }
  if (entry.error !== undefined) {
    return (
      <p className="outbox-state waiting" role="status">
        <CloudOff size={20} aria-hidden="true" /> Đang chờ mạng, sẽ tự gửi
      </p>
    );
  }
  return (
    <p className="outbox-state sending" role="status">
      <LoaderCircle size={20} aria-hidden="true" /> Đang gửi…
    </p>
  );
}
