// The OpenAPI 3.1 document, generated from the zod schemas (z.toJSONSchema) and the endpoint
// table, so the description cannot drift from what the handlers accept and return.
import { z } from 'zod';
import { pledgeInputSchema } from '../pledge-schema';
import { ENDPOINTS, type BodyName, type ResponseName } from './endpoints';
import { donorsOut } from './donors';
import { yearsOut } from './years';
import { changeListOut, changeSummaryOut } from '../changes-api';
import {
  errorOut,
  pledgeDetailOut,
  pledgeListOut,
  pledgePatchSchema,
  retractBodySchema,
  seriesOut,
  summaryOut,
} from './schemas';

type JsonSchema = Record<string, unknown>;

/**
 * A zod schema as JSON Schema. For request bodies, `required` lists only the fields that really
 * must be sent: fields whose preprocessing supplies a default (instrument, kind) are optional.
 */
function jsonSchemaOf(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _dialect, ...out } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape;
  if (io === 'input' && shape) {
    const required = Object.keys(shape).filter((key) => !shape[key].safeParse(undefined).success);
    if (required.length) out.required = required;
    else delete out.required;
  }
  return out;
}

const BODIES: Record<BodyName, z.ZodType> = {
  PledgeInput: pledgeInputSchema,
  PledgePatch: pledgePatchSchema,
  RetractBody: retractBodySchema,
};
const RESPONSES: Record<Exclude<ResponseName, 'OpenApi'>, z.ZodType> = {
  PledgeList: pledgeListOut,
  PledgeDetail: pledgeDetailOut,
  Summary: summaryOut,
  Series: seriesOut,
  Years: yearsOut,
  Donors: donorsOut,
  ChangeList: changeListOut,
  ChangeSummary: changeSummaryOut,
};

const ERROR_TEXT: Record<number, string> = {
  400: 'bad parameter, malformed JSON or a body that is not an object',
  401: "missing, unknown, revoked or expired token, or the token's user is disabled",
  403: "an admin reset the account's password: its tokens work again once it has chosen a new one",
  404: 'no pledge with this id',
  409: 'the pledge changed since `version`; `error.current` is the record as it is now',
  413: 'body larger than 1 MB',
  415: 'body not sent as application/json',
  422: 'a field is invalid; `error.fields` names each one and its problem',
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const jsonContent = (schema: unknown) => ({ 'application/json': { schema } });

export function buildOpenApiDocument(): JsonSchema {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const e of ENDPOINTS) {
    const parameters = [
      ...(e.path.includes('{id}')
        ? [{ name: 'id', in: 'path', required: true, schema: { type: 'integer', minimum: 1 } }]
        : []),
      ...e.query.map((q) => ({
        name: q.name,
        in: 'query',
        description: q.description,
        schema: q.repeatable ? { type: 'array', items: q.schema } : q.schema,
        ...(q.repeatable ? { style: 'form', explode: true } : {}),
      })),
    ];
    const success = e.success.schema === 'OpenApi' ? { type: 'object' } : ref(e.success.schema);
    const responses: Record<string, unknown> = {
      [e.success.status]: {
        description: e.success.status === 201 ? 'created' : 'OK',
        content: jsonContent(success),
      },
      ...(e.method === 'get'
        ? { 304: { description: 'not modified since the ETag / Last-Modified you sent' } }
        : {}),
      405: { description: 'method not allowed; see the Allow header', content: jsonContent(ref('Error')) },
      ...(e.auth
        ? {
            503: {
              description:
                'another write (a CSV import, most likely) held the database too long; nothing was written; retry after the Retry-After seconds',
              content: jsonContent(ref('Error')),
            },
          }
        : {}),
    };
    for (const status of e.errors)
      responses[status] = { description: ERROR_TEXT[status], content: jsonContent(ref('Error')) };
    (paths[e.path] ??= {})[e.method] = {
      operationId: `${e.method}${e.path
        .replace('/api/v1', '')
        .replace(/[{}]/g, '')
        .split(/[/.]/)
        .map((s) => s.charAt(0).toUpperCase() + s.slice(1))
        .join('')}`,
      summary: e.summary,
      description: e.description,
      ...(parameters.length ? { parameters } : {}),
      ...(e.body ? { requestBody: { required: true, content: jsonContent(ref(e.body)) } } : {}),
      responses,
      ...(e.auth ? { security: [{ bearerToken: [] }] } : {}),
    };
  }
  const schemas: Record<string, JsonSchema> = { Error: jsonSchemaOf(errorOut, 'output') };
  for (const [name, schema] of Object.entries(BODIES)) schemas[name] = jsonSchemaOf(schema, 'input');
  for (const [name, schema] of Object.entries(RESPONSES)) schemas[name] = jsonSchemaOf(schema, 'output');
  return {
    openapi: '3.1.0',
    info: {
      title: 'Aid Pledge Tracker API',
      version: '1',
      description:
        'Public reads of pledges, totals and the cumulative series; token-authenticated writes. Money is sent as integer minor units and exact decimal strings, never floats.',
    },
    servers: [{ url: '/' }],
    paths,
    components: {
      schemas,
      securitySchemes: {
        bearerToken: {
          type: 'http',
          scheme: 'bearer',
          description: "an editor's API token (`npm run users -- token <email>` or the settings page)",
        },
      },
    },
  };
}
