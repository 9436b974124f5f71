// Reading releases: the list (newest first), one by name, and the moment a name stands for.
import { desc, eq } from 'drizzle-orm';
import { one, read } from '../connection';
import { releases, users } from '../tables';
import type { ReleaseRow } from '../schema';
import { isReleaseName } from '../../lib/release-schema';

export type ReleaseView = {
  id: number;
  name: string;
  /** ISO 8601 UTC, to the millisecond: the record as it stood at this moment is the release. */
  cutAt: string;
  note: string | null;
  createdBy: number;
  /** The admin's display name, as public pages show who acted (never an e-mail). */
  createdByName: string;
};

export const toReleaseView = (r: ReleaseRow & { createdByName: string | null }): ReleaseView => ({
  id: r.id,
  name: r.name,
  cutAt: r.cutAt,
  note: r.note,
  createdBy: r.createdBy,
  createdByName: r.createdByName ?? '',
});

const columns = () => ({
  id: releases.id,
  name: releases.name,
  cutAt: releases.cutAt,
  note: releases.note,
  createdBy: releases.createdBy,
  createdAt: releases.createdAt,
  createdByName: users.name,
});

/** Every release, the latest cut first. */
export async function listReleases(): Promise<ReleaseView[]> {
  const rows = await read((db) =>
    db
      .select(columns())
      .from(releases)
      .innerJoin(users, eq(users.id, releases.createdBy))
      .orderBy(desc(releases.cutAt), desc(releases.id)),
  );
  return rows.map(toReleaseView);
}

/** The release of that name, or null (a name no release could have is not looked up). */
export async function findReleaseByName(name: string): Promise<ReleaseView | null> {
  if (!isReleaseName(name)) return null;
  const row = await read((db) =>
    one(
      db
        .select(columns())
        .from(releases)
        .innerJoin(users, eq(users.id, releases.createdBy))
        .where(eq(releases.name, name)),
    ),
  );
  return row ? toReleaseView(row) : null;
}

/**
 * What `asOf=release:NAME` stands for: the release's cut moment (ISO 8601 UTC text, the same form as
 * revisions.at, so `revisions.at <= cut` is the record of the release), or null for no such release.
 * `name` is what follows "release:" (RELEASE_AS_OF_PREFIX in lib/release-schema.ts).
 */
export async function resolveReleaseCut(name: string): Promise<string | null> {
  if (!isReleaseName(name)) return null;
  const row = await read((db) =>
    one(db.select({ cutAt: releases.cutAt }).from(releases).where(eq(releases.name, name))),
  );
  return row?.cutAt ?? null;
}
