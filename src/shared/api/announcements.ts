import { endpoint } from "./endpoint";

/** Announcements endpoints added by issue 19 (revisions, undo, files). Older ones still use literal paths. */
export const announcementEndpoints = {
  publishRevision: endpoint("POST", "/wards/:ward/announcements/:id/publish-revision"),
  discardRevision: endpoint("POST", "/wards/:ward/announcements/:id/discard-revision"),
  undoWithdraw: endpoint("POST", "/wards/:ward/announcements/:id/undo-withdraw"),
  history: endpoint("GET", "/wards/:ward/manage/announcements/:id/revisions"),
  addFiles: endpoint("POST", "/wards/:ward/announcements/:id/files"),
  removeFile: endpoint("POST", "/wards/:ward/announcements/:id/files/:fileId/remove"),
  manageFile: endpoint("GET", "/wards/:ward/manage/announcements/:id/files/:fileId"),
  publicFile: endpoint("GET", "/wards/:ward/announcements/:id/files/:fileId"),
} as const;
