import { FileText, ImageOff } from "lucide-react";
import { useEffect, useState } from "react";
import type { Attachment } from "../../../shared/schemas/announcement";
import { API_BASE_URL } from "../../config";
import { useOnline } from "../../lib/online";
import { keepPicture, keepsOffline, keptPicture } from "./offline-pictures";

/** "1,2 MB", "350 kB": the size a resident weighs against their data plan before downloading. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

const kind = (mediaType: string) => (mediaType === "application/pdf" ? "PDF" : "Ảnh");
const NEEDS_SIGNAL = "Cần mạng để tải";

/**
 * A picture from the phone's copy when one is kept (no data spent, works without signal), else
 * from the network, kept afterwards when small. Without either, its size and "Cần mạng để tải".
 */
function AnnouncementImage({ file }: { file: Attachment }) {
  const online = useOnline();
  // undefined while the phone's copy is looked up (a local read: no visible delay).
  const [kept, setKept] = useState<string | null | undefined>(keepsOffline(file) ? undefined : null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!keepsOffline(file)) return;
    let live = true;
    void keptPicture(file.url).then((data) => {
      if (live) setKept(data);
    });
    return () => {
      live = false;
    };
  }, [file]);
  useEffect(() => {
    if (kept === null && online) setFailed(false); // the signal came back: try the network again
  }, [kept, online]);
  if (kept === undefined) return <div className="announcement-image announcement-image-loading" style={{ aspectRatio: ratio(file) }} />;
  if (!kept && failed) {
    return (
      <div className="announcement-image-missing" role="img" aria-label={`${file.name}: ${NEEDS_SIGNAL}`}>
        <ImageOff size={22} aria-hidden="true" />
        <span>
          <strong>{file.name}</strong>
          <span className="muted">Ảnh · {fileSize(file.byteSize)}</span>
          <span className="needs-signal">{NEEDS_SIGNAL}</span>
        </span>
      </div>
    );
  }
  return (
    <img
      className="announcement-image"
      src={kept ?? API_BASE_URL + file.url}
      alt={file.name}
      width={file.width ?? undefined}
      height={file.height ?? undefined}
      loading="lazy"
      onLoad={() => void keepPicture(file).catch(() => undefined)}
      onError={() => setFailed(true)}
    />
  );
}

const ratio = (f: Attachment) => (f.width && f.height ? `${f.width} / ${f.height}` : "4 / 3");

/** Pictures in the text's flow, then the files as a list with type and size before download. */
export function AnnouncementFiles({ files }: { files: Attachment[] }) {
  const online = useOnline();
  const images = files.filter((f) => f.mediaType.startsWith("image/"));
  const documents = files.filter((f) => !f.mediaType.startsWith("image/"));
  return (
    <>
      {images.map((f) => (
        <AnnouncementImage key={f.id} file={f} />
      ))}
      {documents.length > 0 && (
        <ul className="announcement-files" aria-label="Tệp đính kèm">
          {documents.map((f) => (
            <li key={f.id}>
              <a href={API_BASE_URL + f.url} download={f.name} target="_blank" rel="noopener noreferrer">
                <FileText size={22} aria-hidden="true" />
                <span>
                  <strong>{f.name}</strong>
                  <span className="muted">
                    {kind(f.mediaType)} · {fileSize(f.byteSize)}
                  </span>
                  {!online && <span className="needs-signal">{NEEDS_SIGNAL}</span>}
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
