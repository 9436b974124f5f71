// A database seeded before the stages were read from the articles' wording is corrected when it
// opens: the seed's untouched pledges move to their stages with a revision saying why, and a
// pledge an editor has already changed is left as the editor left it.
import { describe, test, expect, beforeAll } from 'vitest';
import { oldDatabase } from '../support/migrations';
import { openDatabase } from '../../db/sqlite/client';

const SEED = 'seed (source articles)';
let file: string;

beforeAll(() => {
  file = oldDatabase(
    3,
    `
    insert into parties (id, slug, name, name_key, kind) values (1, 'japan', 'Japan', 'japan', 'government'), (2, 'ukraine', 'Ukraine', 'ukraine', 'government');
    insert into pledges (id, donor_id, recipient_id, title, category, instrument, stage, amount, currency, amount_usd, announced_on, version) values
      (1, 1, 2, 'Drone detection system', 'military', 'unspecified', 'announced', 3700000000, 'USD', 3700000000, '2024-01-07', 1),
      (2, 1, 2, 'Humanitarian projects and reconstruction', 'humanitarian', 'unspecified', 'announced', 100000000000, 'USD', 100000000000, '2024-01-07', 1),
      (3, 1, 2, 'Generators to help Ukraine endure another winter', 'humanitarian', 'in_kind', 'announced', null, null, null, '2024-01-07', 2);
    insert into revisions (pledge_id, action, actor_id, actor_label, changes, version) values
      (1, 'create', null, '${SEED}', '{}', 1), (2, 'create', null, '${SEED}', '{}', 1), (3, 'create', null, '${SEED}', '{}', 1),
      (3, 'update', null, 'Eda Editor', '{"description":[null,"checked"]}', 2);
    insert into meta (key, value) values ('data_version', '41');
  `,
  );
});

describe('migrating a database seeded before 0003', () => {
  test("the seeded pledges take the stages the articles' words give", () => {
    const { sqlite } = openDatabase(file);
    try {
      expect(sqlite.prepare('select id, stage, version from pledges where id < 3 order by id').all()).toEqual(
        [
          { id: 1, stage: 'allocated', version: 2 },
          { id: 2, stage: 'committed', version: 2 },
        ],
      );
    } finally {
      sqlite.close();
    }
  });

  test('each correction is a revision with its reason', () => {
    const { sqlite } = openDatabase(file);
    try {
      const rows = sqlite
        .prepare(
          'select pledge_id as id, reason, changes from revisions where version = 2 and actor_label = ? order by pledge_id',
        )
        .all(SEED);
      expect(rows).toEqual([
        {
          id: 1,
          reason: "reclassified per the source's wording",
          changes: '{"stage":["announced","allocated"]}',
        },
        {
          id: 2,
          reason: "reclassified per the source's wording",
          changes: '{"stage":["announced","committed"]}',
        },
      ]);
    } finally {
      sqlite.close();
    }
  });

  test("a seeded pledge an editor has changed keeps the editor's stage", () => {
    const { sqlite } = openDatabase(file);
    try {
      expect(sqlite.prepare('select stage, version from pledges where id = 3').get()).toEqual({
        stage: 'announced',
        version: 2,
      });
    } finally {
      sqlite.close();
    }
  });

  test('the data version moves on, so no cache keeps the old figures', () => {
    const { sqlite } = openDatabase(file);
    try {
      expect(sqlite.prepare("select value from meta where key = 'data_version'").pluck().get()).toBe('42');
    } finally {
      sqlite.close();
    }
  });
});
