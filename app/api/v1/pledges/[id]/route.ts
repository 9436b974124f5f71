// One pledge: GET reads it with its history; PATCH corrects it at a `version`; DELETE retracts it.
import { retractPledge, updatePledge } from '@/db/pledges';
import { actorFor } from '@/db/accounts';
import { assertKnownFields, readJsonObject } from '@/lib/api/body';
import { jsonResponse } from '@/lib/api/errors';
import { presentPledgeDetail } from '@/lib/api/present';
import { AS_OF_QUERY, assertKnownParams } from '@/lib/api/query';
import { readAsOf } from '../../_shared/filters';
import { patchMetaSchema, pledgePatchSchema, retractBodySchema } from '@/lib/api/schemas';
import type { PledgeInput } from '@/lib/pledge-schema';
import { parseOrThrow } from '@/lib/validation';
import { methodNotAllowed, preflight, publicRead, tokenWrite } from '../../_shared/handlers';
import { loadPledge, pledgeIdOf, withConflictAnswer } from '../../_shared/pledge-id';

export const dynamic = 'force-dynamic';

const ALLOW = 'GET, HEAD, PATCH, DELETE, OPTIONS';

export const GET = publicRead<{ id: string }>(async (request, { id }) => {
  const params = new URL(request.url).searchParams;
  assertKnownParams(params, [AS_OF_QUERY]);
  const pledge = await loadPledge(pledgeIdOf(id), await readAsOf(params));
  return () => presentPledgeDetail(pledge);
});

export const PATCH = tokenWrite<{ id: string }>(async (request, user, { id }) => {
  const pledgeId = pledgeIdOf(id);
  const body = await readJsonObject(request);
  assertKnownFields(body, Object.keys(pledgePatchSchema.shape), 'a pledge patch');
  const { version, reason, ...patch } = body;
  const meta = parseOrThrow(patchMetaSchema, { version, reason });
  // The patch itself is checked by the pledge schema (strict) after merging with the stored pledge.
  const updated = await withConflictAnswer(pledgeId, () =>
    updatePledge({
      id: pledgeId,
      patch: patch as Partial<PledgeInput>,
      expectedVersion: meta.version,
      actor: actorFor(user),
      reason: meta.reason,
    }),
  );
  return jsonResponse(presentPledgeDetail(updated));
});

export const DELETE = tokenWrite<{ id: string }>(async (request, user, { id }) => {
  const pledgeId = pledgeIdOf(id);
  const raw = await readJsonObject(request);
  assertKnownFields(raw, Object.keys(retractBodySchema.shape), 'a retraction');
  const body = parseOrThrow(retractBodySchema, raw);
  const retracted = await withConflictAnswer(pledgeId, () =>
    retractPledge({
      id: pledgeId,
      input: { reason: body.reason },
      expectedVersion: body.version ?? null,
      actor: actorFor(user),
    }),
  );
  return jsonResponse(presentPledgeDetail(retracted));
});

export const OPTIONS = preflight(ALLOW);
export const POST = methodNotAllowed(ALLOW);
export const PUT = POST;
