import { useParams } from "react-router-dom";
import { useRecoilValue } from "recoil";
import { PROCEDURE_FIELDS, ProcedureFieldLabels, type ProcedureField } from "../../../shared/schemas/procedure";
import { ErrorState } from "../../ui/error-state";
import { ProcedureCard } from "./procedure-card";
import { ProceduresLayout } from "./procedures-layout";
import { procedureCatalogueState } from "./procedures-state";

const isField = (value: string | undefined): value is ProcedureField => PROCEDURE_FIELDS.some((f) => f === value);

function FieldList({ field }: { field: ProcedureField }) {
  const { items } = useRecoilValue(procedureCatalogueState);
  const list = items.filter((p) => p.field === field).sort((a, b) => a.name.localeCompare(b.name, "vi"));
  return (
    <>
      {list.map((p) => (
        <ProcedureCard key={p.slug} procedure={p} />
      ))}
    </>
  );
}

export default function ProcedureFieldPage() {
  const { field } = useParams();
  if (!isField(field)) return <ErrorState message="Không có lĩnh vực này." />;
  return (
    <ProceduresLayout title={ProcedureFieldLabels[field]}>
      <FieldList field={field} />
    </ProceduresLayout>
  );
}
