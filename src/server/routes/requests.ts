import type { FastifyPluginAsyncTypebox } from "@fastify/type-provider-typebox";
import Value from "typebox/value";
import { requestEndpoints, REQUEST_TOKEN_HEADER } from "../../shared/api/requests";
import { NewRequestSchema, type NewRequest } from "../../shared/schemas/requests";
import type { Database } from "../db/database";
import { ApiError, notFound } from "../lib/api-error";
import { checkedImage, jsonField, MAX_IMAGE_BYTES, readMultipart } from "../lib/uploads";
import { validationMessage, type SchemaError } from "../lib/validation-message";
import { requireWard } from "../repositories/wards";
import { publishedAnswers } from "../services/request-answers";
import { createRequest, requestWithToken, residentView } from "../services/requests";
import { photoBytes } from "../services/request-photos";
import { serve } from "./serve";
import { serviceContext } from "./service-context";

const PHOTO_SIDE = 1600;

/** The `request` part checked like a JSON body is: the same messages, naming the field. */
function checkedNewRequest(value: unknown): NewRequest {
  if (Value.Check(NewRequestSchema, value)) return value;
  const errors = [...Value.Errors(NewRequestSchema, value)]
    .filter((e) => e.keyword !== "boolean")
    .map((e): SchemaError => {
      const params = e.params as Record<string, unknown>;
      // TypeBox lists names where Ajv (whose errors validationMessage reads) names one.
      const extra = params.additionalProperties;
      const missing = params.requiredProperties;
      const named = Array.isArray(extra) ? { additionalProperty: extra[0] } : Array.isArray(missing) ? { missingProperty: missing[0] } : params;
      return { keyword: e.keyword, instancePath: e.instancePath, params: named, message: e.message };
    });
  const { message, field } = validationMessage(errors, "request");
  throw new ApiError(422, "VALIDATION_FAILED", message, { field });
}

/** Residents' side of requests (issue 17): send, follow with the token, published answers. */
export const requestRoutes: FastifyPluginAsyncTypebox<{ db: Database; requestsPerHour: number }> = async (app, { db, requestsPerHour }) => {
  const ctx = serviceContext(app, db);

  serve(
    app,
    requestEndpoints.create,
    async (request, reply) => {
      const ward = await requireWard(db, request.params.ward);
      const body = await readMultipart(request, { maxFiles: 3, maxFileBytes: MAX_IMAGE_BYTES, fileFields: ["photo"] });
      const input = checkedNewRequest(jsonField(body, "request"));
      const photos = [];
      for (const file of body.files) photos.push(await checkedImage(file.bytes, file.filename, PHOTO_SIDE));
      const { created } = await createRequest(ctx, ward, input, photos, { address: request.ip }, requestsPerHour);
      return reply.status(201).header("cache-control", "no-store").send(created);
    },
  );

  serve(
    app,
    requestEndpoints.read,
    async (request, reply) => {
      const found = await requestWithToken(ctx, request.params.ward, request.params.code, request.headers[REQUEST_TOKEN_HEADER] as string | undefined);
      if (!found) throw notFound(`Phản ánh ${request.params.code}`);
      return reply.header("cache-control", "private, no-store").send(await residentView(ctx, found));
    },
  );

  serve(
    app,
    requestEndpoints.photo,
    async (request, reply) => {
      const found = await requestWithToken(ctx, request.params.ward, request.params.code, request.headers[REQUEST_TOKEN_HEADER] as string | undefined);
      const file = found ? await photoBytes(ctx, found, request.params.n) : null;
      if (!file) throw notFound(`Ảnh ${request.params.n} của phản ánh ${request.params.code}`);
      return reply.header("content-type", file.mediaType).header("cache-control", "private, max-age=86400").send(file.data);
    },
  );

  serve(
    app,
    requestEndpoints.answers,
    async (request) => {
      await requireWard(db, request.params.ward);
      return publishedAnswers(ctx, request.params.ward, request.query.q, request.query.cursor, request.query.limit ?? 20);
    },
  );
};
