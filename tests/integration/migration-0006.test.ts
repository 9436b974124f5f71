// A database from before the stage dates opens with every pledge, source link, revision and search
// row intact: migration 0006 rebuilds the pledges table (its stage CHECK gains 'cancelled') inside
// the migrator's one transaction, with the rows that reference pledges still in place.
import { describe, test, expect, beforeAll } from 'vitest';
import { oldDatabase } from '../support/migrations';
import { openDatabase } from '../../db/sqlite/client';

let file: string;

beforeAll(() => {
  file = oldDatabase(
    6,
    `
    insert into parties (id, slug, name, name_key, kind) values (1, 'japan', 'Japan', 'japan', 'government'), (2, 'ukraine', 'Ukraine', 'ukraine', 'government');
    insert into pledges (id, donor_id, recipient_id, title, category, instrument, stage, amount, currency, amount_usd, announced_on, version) values
      (1, 1, 2, 'Humanitarian projects and reconstruction', 'humanitarian', 'grant', 'committed', 100000000000, 'USD', 100000000000, '2024-01-07', 1),
      (2, 1, 2, 'Drone detection system', 'military', 'unspecified', 'allocated', 3700000000, 'USD', 3700000000, '2024-01-07', 3);
    update pledges set parent_id = 1 where id = 2;
    insert into sources (id, url, title) values (1, 'https://example.org/a', 'Article');
    insert into pledge_sources (pledge_id, source_id, quote) values (1, 1, 'one billion'), (2, 1, 'drone detection');
    insert into revisions (pledge_id, action, actor_label, changes, version) values (1, 'create', 'seed', '{}', 1), (2, 'create', 'seed', '{}', 1);
  `,
  );
});

/** Opens the old file with today's migrations, runs `check` on it, closes it. */
function afterMigrating<T>(check: (sqlite: ReturnType<typeof openDatabase>['sqlite']) => T): T {
  const { sqlite } = openDatabase(file);
  try {
    return check(sqlite);
  } finally {
    sqlite.close();
  }
}

describe('migrating a database from before the stage dates', () => {
  test('every pledge keeps its id, figures, parent and version, with no stage date yet', () => {
    const rows = afterMigrating((s) =>
      s
        .prepare(
          'select id, stage, parent_id, amount, version, committed_on, committed_precision, disbursed_precision, period_start from pledges order by id',
        )
        .all(),
    );
    expect(rows).toEqual([
      {
        id: 1,
        stage: 'committed',
        parent_id: null,
        amount: 100000000000,
        version: 1,
        committed_on: null,
        committed_precision: 'unknown',
        disbursed_precision: 'unknown',
        period_start: null,
      },
      {
        id: 2,
        stage: 'allocated',
        parent_id: 1,
        amount: 3700000000,
        version: 3,
        committed_on: null,
        committed_precision: 'unknown',
        disbursed_precision: 'unknown',
        period_start: null,
      },
    ]);
  });

  test('source links and revisions still point at their pledges, and no foreign key is broken', () => {
    afterMigrating((s) => {
      expect(s.prepare('select pledge_id, quote from pledge_sources order by pledge_id').all()).toEqual([
        { pledge_id: 1, quote: 'one billion' },
        { pledge_id: 2, quote: 'drone detection' },
      ]);
      expect(s.prepare('select count(*) from revisions').pluck().get()).toBe(2);
      expect(s.pragma('foreign_key_check')).toEqual([]);
    });
  });

  test('a pledge can now be cancelled, and a stage the code does not know is still refused', () => {
    afterMigrating((s) => {
      s.prepare(
        "update pledges set stage = 'cancelled', cancelled_on = '2024-06-01', cancelled_precision = 'day' where id = 1",
      ).run();
      expect(s.prepare('select stage from pledges where id = 1').pluck().get()).toBe('cancelled');
      expect(() => s.prepare("update pledges set stage = 'paused' where id = 1").run()).toThrow(/CHECK/);
    });
  });

  test('a stage date needs its precision, and a precision other than unknown needs its date', () => {
    afterMigrating((s) => {
      expect(() => s.prepare("update pledges set committed_on = '2024-02-01' where id = 2").run()).toThrow(
        /CHECK/,
      );
      expect(() => s.prepare("update pledges set disbursed_precision = 'day' where id = 2").run()).toThrow(
        /CHECK/,
      );
    });
  });

  test('the search index follows writes again: a renamed pledge is found by its new title', () => {
    afterMigrating((s) => {
      s.prepare("update pledges set title = 'Mine clearance vehicles' where id = 2").run();
      expect(
        s.prepare("select rowid from pledge_search where pledge_search match 'clearance'").pluck().all(),
      ).toEqual([2]);
    });
  });

  test("a party's fiscal year starts in a month from 1 to 12, or is not set", () => {
    afterMigrating((s) => {
      s.prepare('update parties set fiscal_year_start_month = 4 where id = 1').run();
      expect(() => s.prepare('update parties set fiscal_year_start_month = 13 where id = 2').run()).toThrow(
        /CHECK/,
      );
      expect(s.prepare('select fiscal_year_start_month from parties order by id').pluck().all()).toEqual([
        4,
        null,
      ]);
    });
  });
});
