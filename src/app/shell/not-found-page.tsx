import Button from "zmp-ui/button";
import useNavigate from "zmp-ui/useNavigate";
import { PageLayout } from "../ui/page-layout";
import { screens } from "../screens";

export default function NotFoundPage() {
  const navigate = useNavigate();
  return (
    <PageLayout title="Không tìm thấy">
      <div className="card">
        <p>Trang này không có hoặc đã được chuyển đi.</p>
        <Button fullWidth onClick={() => navigate(screens.home.to(), { replace: true })}>
          Về trang chủ
        </Button>
      </div>
    </PageLayout>
  );
}
