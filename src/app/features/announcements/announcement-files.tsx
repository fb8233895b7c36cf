import { FileText } from "lucide-react";
import type { Attachment } from "../../../shared/schemas/announcement";
import { API_BASE_URL } from "../../config";

/** "1,2 MB", "350 kB": the size a resident weighs against their data plan before downloading. */
export function fileSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} kB`;
}

const kind = (mediaType: string) => (mediaType === "application/pdf" ? "PDF" : "Ảnh");

/** Pictures in the text's flow, then the files as a list with type and size before download. */
export function AnnouncementFiles({ files }: { files: Attachment[] }) {
  const images = files.filter((f) => f.mediaType.startsWith("image/"));
  const documents = files.filter((f) => !f.mediaType.startsWith("image/"));
  return (
    <>
      {images.map((f) => (
        <img key={f.id} className="announcement-image" src={API_BASE_URL + f.url} alt={f.name} width={f.width ?? undefined} height={f.height ?? undefined} loading="lazy" />
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
                </span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
