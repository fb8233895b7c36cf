import { useEffect, useState } from "react";
import Switch from "zmp-ui/switch";
import Text from "zmp-ui/text";
import { usage } from "../lib/usage";

/**
 * The resident's off switch for anonymous usage counts, for the "Về ứng dụng" page. The reason
 * comes first, then what is and is not sent, so the choice is an informed one (Nghị định 13/2023).
 */
export function UsageSwitch() {
  const [enabled, setEnabled] = useState<boolean | null>(null);
  useEffect(() => {
    let cancelled = false;
    void usage.isEnabled().then((value) => {
      if (!cancelled) setEnabled(value);
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return (
    <section className="usage-switch" aria-labelledby="usage-switch-title">
      <Text.Title size="small" id="usage-switch-title">
        Số liệu sử dụng ẩn danh
      </Text.Title>
      <Text size="small">
        Phường đếm xem mục nào được mở nhiều, tìm gì mà chưa thấy, bước hướng dẫn nào khó, để sửa nội dung cho dễ hiểu hơn.
        Ứng dụng chỉ gửi các con số đó. Không gửi tên, số điện thoại, mã thiết bị hay vị trí của bạn.
      </Text>
      <Switch
        label="Gửi số liệu ẩn danh cho phường"
        checked={enabled ?? true}
        disabled={enabled === null}
        onChange={(event) => {
          const value = event.currentTarget.checked;
          setEnabled(value);
          void usage.setEnabled(value);
        }}
      />
    </section>
  );
}
