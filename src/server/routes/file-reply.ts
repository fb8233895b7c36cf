import type { FastifyReply } from "fastify";
import type { StoredFile } from "../repositories/stored-files";

/** Sends stored bytes with their checked type; a PDF downloads under its safe name, a picture shows inline. */
export function sendStoredFile(reply: FastifyReply, file: StoredFile) {
  const disposition = file.mediaType === "application/pdf" ? "attachment" : "inline";
  // An ASCII fallback for old clients, the exact Vietnamese name in filename* (RFC 6266).
  const ascii = file.name.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D").replace(/[^\x20-\x7e]/g, "_");
  return reply
    .header("content-type", file.mediaType)
    .header("content-disposition", `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header("x-content-type-options", "nosniff")
    .send(file.data);
}
