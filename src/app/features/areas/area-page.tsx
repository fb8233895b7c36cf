import { useRecoilValueLoadable } from "recoil";
import { AREAS } from "../../shell/areas";
import { HotlineLink } from "../ward/hotline-link";
import { PageLayout } from "../../ui/page-layout";
import { wardQuery } from "../ward/ward-state";

/**
 * The four areas' entry screens. Their content (procedures, guides, QR checker, teams) arrives with
 * their own issues; until then a resident is told so plainly and given the ward's hotline.
 */
export default function AreaPage({ area }: { area: string }) {
  const info = AREAS.find((a) => a.path === area);
  const ward = useRecoilValueLoadable(wardQuery);
  const hotline = ward.state === "hasValue" ? ward.contents.hotline : null;
  if (!info) return null;
  const Icon = info.icon;
  return (
    <PageLayout title={info.title} back={false}>
      <section className="card area-intro">
        <Icon size={40} aria-hidden="true" />
        <h1>{info.title}</h1>
        <p>{info.description}.</p>
        <p className="muted">Mục này đang được hoàn thiện. Trong lúc chờ, bạn có thể gọi phường để được hướng dẫn.</p>
        {hotline && <HotlineLink phone={hotline} />}
      </section>
    </PageLayout>
  );
}
