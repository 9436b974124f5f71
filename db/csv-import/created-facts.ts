// The parent facts of the pledges one import created, in typed arrays by creation order (their ids
// grow), so the parent rules hold for a row whose parent is still in the writer's buffer.
import type { PledgeRow } from '../schema';
import { PLEDGE_KINDS, STAGES } from '../../lib/domain';
import type { PreparedCreate } from './prepare';
import { SLOT } from './insert-columns';
import type { ParentFacts } from './writes';

export class CreatedFacts {
  private readonly facts = {
    id: new Int32Array(1024),
    donor: new Int32Array(1024),
    parent: new Int32Array(1024),
    kind: new Uint8Array(1024),
    stage: new Uint8Array(1024),
  };
  private created = 0;

  /** Where pledge `id` is among those created here, or -1. */
  private createdAt(id: number): number {
    const facts = this.facts;
    let lo = 0;
    let hi = this.created - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (facts.id[mid] === id) return mid;
      if (facts.id[mid] < id) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  /** The facts of pledge `id` if this import created it. */
  parentFacts(id: number): ParentFacts | undefined {
    const facts = this.facts;
    const at = this.createdAt(id);
    if (at < 0) return undefined;
    return {
      retractedAt: null,
      parentId: facts.parent[at] || null,
      kind: PLEDGE_KINDS[facts.kind[at]],
      donorId: facts.donor[at],
      stage: STAGES[facts.stage[at]],
    };
  }

  remember(id: number, p: PreparedCreate, donorId: number, parentId: number | null): void {
    const facts = this.facts;
    const at = this.created++;
    if (at >= facts.donor.length) {
      for (const key of ['id', 'donor', 'parent', 'kind', 'stage'] as const) {
        const grown = new (facts[key].constructor as Int32ArrayConstructor)(facts[key].length * 2);
        grown.set(facts[key]);
        (facts as Record<string, unknown>)[key] = grown;
      }
    }
    facts.id[at] = id;
    facts.donor[at] = donorId;
    facts.parent[at] = parentId ?? 0;
    facts.kind[at] = PLEDGE_KINDS.indexOf(p.values[SLOT.kind] as PledgeRow['kind']);
    facts.stage[at] = STAGES.indexOf(p.values[SLOT.stage] as PledgeRow['stage']);
  }
}
