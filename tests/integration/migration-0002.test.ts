// A database made by the previous release (migrations 0000 and 0001) keeps every row when it opens
// under this one, and gains what 0002 and its backfill add: party keys and slugs, display names.
import { describe, test, expect, beforeAll } from 'vitest';
import { oldDatabase } from '../support/migrations';
import { openDatabase } from '../../db/sqlite/client';

let file: string;

beforeAll(() => {
  file = oldDatabase(
    2,
    `
    insert into users (id, email, name, password_hash, role) values (1, 'editor@x.org', null, 'h', 'admin'), (2, 'ada@x.org', 'Ada', 'h', 'editor');
    insert into parties (id, slug, name, kind) values (1, '', '日本', 'government'), (2, 'ukraine', 'Ukraine', 'government');
    insert into pledges (id, donor_id, recipient_id, title, category, instrument, stage, announced_on, created_by)
      values (6, 1, 2, 'Generators', 'humanitarian', 'grant', 'announced', '2024-01-05', 1);
    insert into revisions (id, pledge_id, action, actor_id, actor_label, changes, version)
      values (1, 6, 'create', 1, 'editor@x.org', '{}', 1), (2, 6, 'update', 2, 'Ada', '{}', 2), (3, 6, 'update', null, 'seed', '{}', 3);
  `,
  );
});

describe('migrating a database from 0001', () => {
  test('the party stored under the empty slug gets a working one, keyed by its name', () => {
    const { sqlite } = openDatabase(file);
    try {
      const parties = sqlite.prepare('select id, slug, name_key as nameKey from parties order by id').all();
      expect(parties).toEqual([
        { id: 1, slug: '日本', nameKey: '日本' },
        { id: 2, slug: 'ukraine', nameKey: 'ukraine' },
      ]);
    } finally {
      sqlite.close();
    }
  });

  test('accounts get display names to review, and history no longer shows an e-mail', () => {
    const { sqlite } = openDatabase(file);
    try {
      expect(
        sqlite.prepare('select id, name, name_needs_review as review from users order by id').all(),
      ).toEqual([
        { id: 1, name: 'editor', review: 1 },
        { id: 2, name: 'Ada', review: 0 },
      ]);
      expect(
        sqlite.prepare('select id, action, actor_label as label from revisions order by id').all(),
      ).toEqual([
        { id: 1, action: 'create', label: 'editor' },
        { id: 2, action: 'update', label: 'Ada' },
        { id: 3, action: 'update', label: 'seed' },
      ]);
    } finally {
      sqlite.close();
    }
  });

  test('the rebuilt revisions table keeps its indexes and accepts the new actions', () => {
    const { sqlite } = openDatabase(file);
    try {
      const indexes = sqlite
        .prepare(
          "select name from sqlite_master where type = 'index' and tbl_name = 'revisions' order by name",
        )
        .pluck()
        .all();
      expect(indexes).toEqual(['revisions_at_idx', 'revisions_pledge_idx']);
      sqlite
        .prepare(
          "insert into revisions (pledge_id, action, actor_label, changes, version) values (6, 'unretract', 'Ada', '{}', 4)",
        )
        .run();
      sqlite
        .prepare(
          "insert into revisions (pledge_id, action, actor_label, changes, version) values (6, 'restore', 'Ada', '{}', 5)",
        )
        .run();
      expect(() =>
        sqlite
          .prepare(
            "insert into revisions (pledge_id, action, actor_label, changes, version) values (6, 'delete', 'Ada', '{}', 6)",
          )
          .run(),
      ).toThrow(/CHECK/);
      expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    } finally {
      sqlite.close();
    }
  });
});
