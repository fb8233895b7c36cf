import { AnnouncementCategoryLabels, type AnnouncementCategory, type Attachment } from "../../shared/schemas/announcement";

type Props = { title: string; html: string; category: AnnouncementCategory; office: string; files: (Attachment & { src: string })[]; forAreas: string | null };

const size = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toLocaleString("vi-VN", { maximumFractionDigits: 1 })} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`);

/**
 * The notice at a phone's width (390 px), laid out as the mini app's detail page lays it out (the
 * same class names and rules copied into console.css under .phone): the clerk sees line breaks,
 * tables that scroll sideways and pictures the way residents will.
 */
export function PhonePreview({ title, html, category, office, files, forAreas }: Props) {
  const images = files.filter((f) => f.mediaType.startsWith("image/"));
  const documents = files.filter((f) => !f.mediaType.startsWith("image/"));
  return (
    <div className="phone" aria-label="Xem trước trên điện thoại (rộng 390 px)" data-testid="phone-preview">
      <div className="phone-header">Thông báo</div>
      <article className="phone-card">
        <div className="phone-meta">
          <span className={`phone-badge badge-${category}`}>{AnnouncementCategoryLabels[category]}</span>
          {forAreas && <span className="phone-badge phone-your-area">Cho tổ của bạn</span>}
          <span>Vừa xong</span>
        </div>
        <h1>{title || "(chưa có tiêu đề)"}</h1>
        {forAreas && <p className="phone-muted">Dành cho: {forAreas}</p>}
        {/* Rendered and sanitised by the API: the same code that renders what residents see. */}
        <div className="prose" data-testid="preview" dangerouslySetInnerHTML={{ __html: html }} />
        {images.map((f) => (
          <img key={f.id} src={f.src} alt={f.name} className="phone-image" />
        ))}
        {documents.map((f) => (
          <div key={f.id} className="phone-file">
            <strong>{f.name}</strong>
            <span className="phone-muted">PDF · {size(f.byteSize)}</span>
          </div>
        ))}
        <p className="phone-muted">{office}</p>
      </article>
    </div>
  );
}
