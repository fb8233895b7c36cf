import { Component, Suspense, type ErrorInfo, type ReactNode } from "react";
import { ApiRequestError } from "../lib/http";
import { ErrorState } from "./error-state";

type Props = {
  /** Shown while the data loads: a skeleton of what will appear. */
  fallback: ReactNode;
  /** Clears the failed query (e.g. a Recoil refresher) before the children render again. */
  onRetry?: () => void;
  children: ReactNode;
};

type State = { error: Error | null };

/** Suspense for loading plus an error state with "Thử lại", so one failed request never blanks the screen. */
export class AsyncBoundary extends Component<Props, State> {
  override state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo): void {
    // Unexpected errors (not API failures) are bugs; keep them visible in the webview console.
    if (!(error instanceof ApiRequestError)) console.error(error, info.componentStack);
  }

  private retry = () => {
    this.props.onRetry?.();
    this.setState({ error: null });
  };

  override render() {
    const { error } = this.state;
    if (error) {
      const message = error instanceof ApiRequestError ? error.message : "Đã có lỗi khi hiển thị mục này.";
      const canRetry = !(error instanceof ApiRequestError) || error.retryable;
      return <ErrorState message={message} onRetry={canRetry ? this.retry : undefined} />;
    }
    return <Suspense fallback={this.props.fallback}>{this.props.children}</Suspense>;
  }
}
