import { HealthSchema } from "../schemas/health";
import { contract } from "./contract";

export const healthContract = contract({
  method: "GET",
  path: "/health",
  tags: ["system"],
  summary: "Whether the API and its database answer",
  response: { 200: HealthSchema, 503: HealthSchema },
});
