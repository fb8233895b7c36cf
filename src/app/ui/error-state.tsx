import { RefreshCw, WifiOff } from "lucide-react";
import Button from "zmp-ui/button";

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="card error-state" role="alert">
      <WifiOff aria-hidden="true" size={28} />
      <p>{message}</p>
      {onRetry && (
        <Button variant="secondary" size="medium" onClick={onRetry} prefixIcon={<RefreshCw size={18} aria-hidden="true" />}>
          Thử lại
        </Button>
      )}
    </div>
  );
}
