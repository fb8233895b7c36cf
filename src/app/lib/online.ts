import { useSyncExternalStore } from "react";

const onlineStore = {
  subscribe(listener: () => void): () => void {
    window.addEventListener("online", listener);
    window.addEventListener("offline", listener);
    return () => {
      window.removeEventListener("online", listener);
      window.removeEventListener("offline", listener);
    };
  },
  isOnline: () => navigator.onLine,
};

/** Whether the phone says it has a signal (false is reliable; true may still mean no internet). */
export const useOnline = (): boolean => useSyncExternalStore(onlineStore.subscribe, onlineStore.isOnline);
