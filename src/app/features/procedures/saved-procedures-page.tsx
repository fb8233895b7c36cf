import { useRecoilValue } from "recoil";
import { ProcedureCard } from "./procedure-card";
import { ProceduresLayout } from "./procedures-layout";
import { procedureCatalogueState } from "./procedures-state";
import { useSavedProcedures } from "./saved-procedures";

function SavedList() {
  const { items } = useRecoilValue(procedureCatalogueState);
  const { saved, loaded } = useSavedProcedures();
  const list = saved.flatMap((slug) => items.filter((p) => p.slug === slug));
  if (loaded && list.length === 0) return <p className="card">Bạn chưa lưu thủ tục nào. Bấm “Lưu” trong một thủ tục để xem lại nhanh ở đây.</p>;
  return (
    <>
      {list.map((p) => (
        <ProcedureCard key={p.slug} procedure={p} />
      ))}
    </>
  );
}

export default function SavedProceduresPage() {
  return (
    <ProceduresLayout title="Thủ tục đã lưu">
      <SavedList />
    </ProceduresLayout>
  );
}
