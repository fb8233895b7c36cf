import { Camera, ImagePlus, LocateFixed, MapPin, Send, Trash2 } from "lucide-react";
import { useEffect, useState, type ReactNode } from "react";
import { useParams, useSearchParams } from "react-router-dom";
import { useRecoilState, useRecoilValue, useRecoilValueLoadable } from "recoil";
import useNavigate from "zmp-ui/useNavigate";
import { REQUEST_KINDS, type RequestKind } from "../../../shared/schemas/requests";
import { getDeviceLocation, pickImage } from "../../platform/zalo";
import { isZaloError } from "../../platform/zalo-error";
import { AsyncBoundary } from "../../ui/async-boundary";
import { PageLayout } from "../../ui/page-layout";
import { SkeletonList } from "../../ui/skeleton";
import { AreaPicker } from "../../ui/area-picker";
import { areasQuery, myAreaState } from "../teams/teams-state";
import { wardSlugState } from "../../lib/ward-state";
import { CityChannelNote } from "../../ui/city-channel-note";
import { draftState } from "./draft-state";
import { resizePhoto } from "./photo-resize";
import { contactProblem, draftProblem, emptyDraft, MAX_PHOTOS, MAX_TEXT, textProblem, toNewRequest, type RequestDraft } from "./request-draft";
import { KIND_CHOICES, KIND_LABELS } from "./request-labels";
import { ZaloNoticeChoice } from "./zalo-notice-choice";
import { requestStore } from "./requests-state";
import { screens } from "../../screens";

export const STEPS = ["kind", "text", "where", "photos", "contact", "check"] as const;
type Step = (typeof STEPS)[number];
const isStep = (s: string | undefined): s is Step => (STEPS as readonly string[]).includes(s ?? "");

type StepProps = { draft: RequestDraft; change: (update: Partial<RequestDraft>) => void; next: () => void };

function StepFrame({ step, title, hint, children }: { step: Step; title: string; hint?: string; children: ReactNode }) {
  return (
    <section className="request-step" aria-labelledby="step-title">
      <p className="muted small step-count">
        Câu {STEPS.indexOf(step) + 1}/{STEPS.length}
      </p>
      <h1 id="step-title">{title}</h1>
      {hint && <p className="muted">{hint}</p>}
      {children}
    </section>
  );
}

function NextButton({ onClick, disabled, children = "Tiếp tục" }: { onClick: () => void; disabled?: boolean; children?: ReactNode }) {
  return (
    <button type="button" className="call-button" onClick={onClick} disabled={disabled}>
      {children}
    </button>
  );
}

/** What is still wrong once the resident has tried to go on, and "Tiếp tục" that goes only when nothing is. */
function CheckedNext({ id, problem, tried, onTry, next }: { id?: string; problem: string | null; tried: boolean; onTry: () => void; next: () => void }) {
  return (
    <>
      <p id={id} className="field-error" role="alert">
        {tried && problem}
      </p>
      <NextButton
        onClick={() => {
          onTry();
          if (problem === null) next();
        }}
      />
    </>
  );
}

function KindStep({ draft, change, next }: StepProps) {
  return (
    <StepFrame step="kind" title="Bạn muốn gửi gì cho phường?">
      <div className="choice-list" role="radiogroup" aria-label="Loại phản ánh">
        {KIND_CHOICES.map((c) => (
          <button
            key={c.kind}
            type="button"
            role="radio"
            aria-checked={draft.kind === c.kind}
            className="choice"
            onClick={() => {
              change({ kind: c.kind });
              next();
            }}
          >
            <strong>{c.title}</strong>
            <span className="muted small block">{c.explain}</span>
          </button>
        ))}
      </div>
      <CityChannelNote />
    </StepFrame>
  );
}

function TextStep({ draft, change, next }: StepProps) {
  const [tried, setTried] = useState(false);
  const problem = textProblem(draft.text);
  const length = draft.text.trim().length;
  return (
    <StepFrame step="text" title="Chuyện gì đang xảy ra?" hint="Viết như khi kể cho cán bộ phường: ở đâu, từ khi nào, ảnh hưởng ra sao.">
      <label htmlFor="request-text" className="visually-hidden">
        Nội dung
      </label>
      <textarea
        id="request-text"
        className="request-text"
        rows={7}
        maxLength={MAX_TEXT + 200}
        value={draft.text}
        onChange={(e) => change({ text: e.target.value })}
        aria-describedby="text-count text-problem"
        aria-invalid={tried && problem !== null}
      />
      <p id="text-count" className={`muted small ${length > MAX_TEXT ? "field-error" : ""}`}>
        {length}/{MAX_TEXT} ký tự
      </p>
      <CheckedNext id="text-problem" problem={problem} tried={tried} onTry={() => setTried(true)} next={next} />
    </StepFrame>
  );
}

function AreaName({ areaId, onPick }: { areaId: string; onPick: (id: string, name: string) => void }) {
  const area = useRecoilValue(areasQuery).items.find((a) => a.id === areaId);
  if (!area) return null;
  return (
    <button type="button" className="choice" onClick={() => onPick(area.id, area.name)}>
      <strong>
        <MapPin size={20} aria-hidden="true" /> {area.name}
      </strong>
      <span className="muted small block">Tổ dân phố của tôi</span>
    </button>
  );
}

function PickArea({ onPick }: { onPick: (id: string, name: string) => void }) {
  const { items } = useRecoilValue(areasQuery);
  return <AreaPicker areas={items} onPick={(id) => onPick(id, items.find((a) => a.id === id)?.name ?? "")} />;
}

function WhereStep({ draft, change, next }: StepProps) {
  const myArea = useRecoilValueLoadable(myAreaState);
  const [picking, setPicking] = useState(false);
  const [asking, setAsking] = useState(false);
  const [locating, setLocating] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const pickArea = (areaId: string, areaName: string) => {
    change({ place: { type: "area", areaId, areaName } });
    next();
  };
  const locate = async () => {
    setLocating(true);
    setProblem(null);
    try {
      const { lat, lng } = await getDeviceLocation();
      change({ place: { type: "location", lat, lng } });
      next();
    } catch (error) {
      setProblem(
        isZaloError(error) && error.kind === "denied"
          ? "Bạn chưa cho phép lấy vị trí. Hãy chọn tổ dân phố thay vào đó."
          : "Không lấy được vị trí lúc này. Hãy chọn tổ dân phố thay vào đó.",
      );
    } finally {
      setLocating(false);
    }
  };
  const mine = myArea.state === "hasValue" ? myArea.contents : null;
  if (picking) {
    return (
      <AsyncBoundary fallback={<SkeletonList label="Đang tải danh sách tổ dân phố…" />}>
        <PickArea onPick={pickArea} />
      </AsyncBoundary>
    );
  }
  const current = draft.place.type === "area" ? `Đã chọn: ${draft.place.areaName || "tổ dân phố"}` : draft.place.type === "location" ? "Đã chọn: vị trí của bạn" : null;
  return (
    <StepFrame step="where" title="Việc này ở đâu?" hint="Không bắt buộc. Biết chỗ, phường đến xem nhanh hơn.">
      {current && (
        <p className="chosen" role="status">
          {current}
        </p>
      )}
      <div className="choice-list">
        {typeof mine === "string" && (
          <AsyncBoundary fallback={null}>
            <AreaName areaId={mine} onPick={pickArea} />
          </AsyncBoundary>
        )}
        <button type="button" className="choice" onClick={() => setPicking(true)}>
          <strong>Chọn tổ dân phố</strong>
          <span className="muted small block">Tìm theo tên tổ, hoặc tên phường cũ.</span>
        </button>
        {!asking ? (
          <button type="button" className="choice" onClick={() => setAsking(true)}>
            <strong>
              <LocateFixed size={20} aria-hidden="true" /> Dùng vị trí của tôi
            </strong>
            <span className="muted small block">Khi bạn đang đứng ở chỗ cần báo.</span>
          </button>
        ) : (
          <div className="card reason">
            <p>
              <strong>Vì sao cần vị trí?</strong> Để cán bộ tìm đúng chỗ bạn báo. Vị trí chỉ gửi kèm phản ánh này, không dùng vào việc khác. Điện thoại sẽ hỏi bạn có cho phép không.
            </p>
            <NextButton onClick={() => void locate()} disabled={locating}>
              {locating ? "Đang lấy vị trí…" : "Cho phép lấy vị trí"}
            </NextButton>
          </div>
        )}
      </div>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <button
        type="button"
        className="action-button wide skip"
        onClick={() => {
          change({ place: { type: "none" } });
          next();
        }}
      >
        Bỏ qua câu này
      </button>
    </StepFrame>
  );
}

function PhotosStep({ draft, change, next }: StepProps) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const add = async () => {
    setProblem(null);
    try {
      const file = await pickImage();
      if (!file) return;
      setBusy(true);
      const photo = await resizePhoto(file);
      change({ photos: [...draft.photos, photo].slice(0, MAX_PHOTOS) });
    } catch {
      setProblem("Không mở được ảnh này. Hãy chọn ảnh khác, hoặc chụp lại.");
    } finally {
      setBusy(false);
    }
  };
  return (
    <StepFrame step="photos" title="Có ảnh chụp không?" hint={`Không bắt buộc. Tối đa ${MAX_PHOTOS} ảnh. Ảnh được thu nhỏ trên điện thoại cho nhanh gửi.`}>
      {draft.photos.length > 0 && (
        <ul className="photo-list">
          {draft.photos.map((photo, i) => (
            <li key={photo.slice(-40) + String(i)}>
              <img src={photo} alt={`Ảnh ${i + 1}`} />
              <button type="button" className="action-button" onClick={() => change({ photos: draft.photos.filter((_, j) => j !== i) })}>
                <Trash2 size={20} aria-hidden="true" /> Bỏ ảnh {i + 1}
              </button>
            </li>
          ))}
        </ul>
      )}
      {draft.photos.length < MAX_PHOTOS && (
        <button type="button" className="action-button wide" onClick={() => void add()} disabled={busy}>
          {busy ? (
            "Đang thu nhỏ ảnh…"
          ) : (
            <>
              <Camera size={22} aria-hidden="true" /> <ImagePlus size={22} aria-hidden="true" /> Chụp hoặc chọn ảnh
            </>
          )}
        </button>
      )}
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <NextButton onClick={next}>{draft.photos.length > 0 ? "Tiếp tục" : "Không có ảnh, tiếp tục"}</NextButton>
    </StepFrame>
  );
}

function ContactStep({ draft, change, next }: StepProps) {
  const [tried, setTried] = useState(false);
  const problem = contactProblem(draft);
  return (
    <StepFrame step="contact" title="Bạn có muốn cán bộ gọi lại không?" hint="Không cần cũng được: bạn xem câu trả lời trong “Phản ánh của tôi”.">
      <div className="choice-list" role="radiogroup" aria-label="Gọi lại">
        <button type="button" role="radio" aria-checked={!draft.wantsCall} className="choice" onClick={() => change({ wantsCall: false })}>
          <strong>Không cần gọi lại</strong>
          <span className="muted small block">Không gửi tên, không gửi số điện thoại.</span>
        </button>
        <button type="button" role="radio" aria-checked={draft.wantsCall} className="choice" onClick={() => change({ wantsCall: true })}>
          <strong>Có, hãy gọi lại cho tôi</strong>
        </button>
      </div>
      {draft.wantsCall && (
        <div className="card contact-form">
          <p>Phường chỉ dùng tên và số này để gọi lại về việc này, và xoá chúng sau khi xong việc.</p>
          <label htmlFor="contact-name">Tên của bạn</label>
          <input id="contact-name" autoComplete="name" value={draft.name} onChange={(e) => change({ name: e.target.value })} maxLength={100} />
          <label htmlFor="contact-phone">Số điện thoại</label>
          <input id="contact-phone" type="tel" inputMode="tel" autoComplete="tel" value={draft.phone} onChange={(e) => change({ phone: e.target.value })} placeholder="Ví dụ: 0905 123 456" />
          <label className="consent">
            <input type="checkbox" checked={draft.consent} onChange={(e) => change({ consent: e.target.checked })} />
            <span>Tôi đồng ý để phường dùng tên và số điện thoại này để gọi lại cho tôi về việc này.</span>
          </label>
        </div>
      )}
      <AsyncBoundary fallback={null}>
        <ZaloNoticeChoice draft={draft} change={change} />
      </AsyncBoundary>
      <CheckedNext problem={problem} tried={tried} onTry={() => setTried(true)} next={next} />
    </StepFrame>
  );
}

function CheckStep({ draft, goTo, send, sending }: { draft: RequestDraft; goTo: (s: Step) => void; send: () => void; sending: boolean }) {
  const problem = draftProblem(draft);
  const place = draft.place.type === "area" ? draft.place.areaName || "Tổ dân phố đã chọn" : draft.place.type === "location" ? "Vị trí của bạn" : "Không ghi";
  const rows: { step: Step; label: string; value: string }[] = [
    { step: "kind", label: "Loại", value: draft.kind ? KIND_LABELS[draft.kind] : "Chưa chọn" },
    { step: "text", label: "Nội dung", value: draft.text.trim() || "Chưa viết" },
    { step: "where", label: "Ở đâu", value: place },
    { step: "photos", label: "Ảnh", value: draft.photos.length > 0 ? `${draft.photos.length} ảnh` : "Không có" },
    { step: "contact", label: "Gọi lại", value: draft.wantsCall ? `${draft.name.trim()}, ${draft.phone.trim()}` : "Không cần" },
  ];
  if (draft.notifyByZalo === true && draft.zaloUserId) rows.push({ step: "contact", label: "Tin qua Zalo", value: "Có" });
  return (
    <StepFrame step="check" title="Xem lại trước khi gửi">
      <dl className="card check-list">
        {rows.map((r) => (
          <div key={r.label}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
            <button type="button" className="link-button" onClick={() => goTo(r.step)} aria-label={`Sửa ${r.label.toLowerCase()}`}>
              Sửa
            </button>
          </div>
        ))}
      </dl>
      {problem && (
        <p className="field-error" role="alert">
          {problem}
        </p>
      )}
      <p className="muted small">Mất mạng cũng gửi được: phản ánh chờ trên điện thoại và tự gửi khi có mạng.</p>
      <NextButton onClick={send} disabled={problem !== null || sending}>
        <Send size={20} aria-hidden="true" /> Gửi cho phường
      </NextButton>
    </StepFrame>
  );
}

function Flow({ step }: { step: Step }) {
  const [draft, setDraft] = useRecoilState(draftState);
  const ward = useRecoilValue(wardSlugState);
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const [sending, setSending] = useState(false);
  const preset = params.get("kind");
  // Opened from a procedure ("Hỏi về thủ tục"): the kind is chosen for the resident, who can change it.
  useEffect(() => {
    if (draft && draft.kind === null && (REQUEST_KINDS as readonly string[]).includes(preset ?? "")) setDraft({ ...draft, kind: preset as RequestKind });
  }, [draft, preset, setDraft]);
  if (!draft) return <SkeletonList label="Đang mở…" count={1} />;
  const change = (update: Partial<RequestDraft>) => setDraft((d) => (d ? { ...d, ...update } : d));
  const goTo = (s: Step) => navigate(screens.newRequest.to({ step: s }));
  const next = () => goTo(STEPS[Math.min(STEPS.indexOf(step) + 1, STEPS.length - 1)] ?? "check");
  const send = async () => {
    setSending(true);
    await requestStore.add(ward, toNewRequest(draft), draft.photos);
    setDraft(emptyDraft());
    navigate(screens.requestSent.to({ clientId: draft.clientId }), { replace: true });
  };
  const props = { draft, change, next };
  switch (step) {
    case "kind":
      return <KindStep {...props} />;
    case "text":
      return <TextStep {...props} />;
    case "where":
      return <WhereStep {...props} />;
    case "photos":
      return <PhotosStep {...props} />;
    case "contact":
      return <ContactStep {...props} />;
    case "check":
      return <CheckStep draft={draft} goTo={goTo} send={() => void send()} sending={sending} />;
  }
}

export default function NewRequestPage() {
  const raw = useParams().step;
  const step: Step = isStep(raw) ? raw : "kind";
  return (
    <PageLayout title="Gửi phản ánh, góp ý">
      <Flow step={step} />
    </PageLayout>
  );
}
