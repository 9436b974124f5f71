// A database from before the editorial audit events opens with its audit log intact: migration 0008
// rebuilds audit_log (its event CHECK gains fiscal_year_change and release_cut), keeping every row,
// its id and the sequence the next id comes from, and still refusing an event the code does not know.
import { describe, test, expect, beforeAll } from 'vitest';
import { oldDatabase } from '../support/migrations';
import { openDatabase } from '../../db/sqlite/client';

let file: string;

beforeAll(() => {
  file = oldDatabase(
    8,
    `
    insert into users (id, email, password_hash, role, name) values (1, 'a@example.org', 'x', 'admin', 'Ada');
    insert into audit_log (id, at, event, actor_id, detail, address) values
      (1, '2026-11-01T10:00:00.000Z', 'sign_in', 1, '', '127.0.0.1'),
      (7, '2026-11-02T10:00:00.000Z', 'token_create', 1, 'bench', null);
  `,
  );
});

function afterMigrating<T>(check: (sqlite: ReturnType<typeof openDatabase>['sqlite']) => T): T {
  const { sqlite } = openDatabase(file);
  try {
    return check(sqlite);
  } finally {
    sqlite.close();
  }
}

describe('migrating a database from before the editorial audit events', () => {
  test('every audit entry keeps its id, time, event, actor and detail', () => {
    expect(
      afterMigrating((s) =>
        s.prepare('select id, at, event, actor_id, detail, address from audit_log order by id').all(),
      ),
    ).toEqual([
      {
        id: 1,
        at: '2026-11-01T10:00:00.000Z',
        event: 'sign_in',
        actor_id: 1,
        detail: '',
        address: '127.0.0.1',
      },
      {
        id: 7,
        at: '2026-11-02T10:00:00.000Z',
        event: 'token_create',
        actor_id: 1,
        detail: 'bench',
        address: null,
      },
    ]);
  });

  test('a fiscal-year change is accepted, with the next id after the last one', () => {
    const id = afterMigrating(
      (s) =>
        s
          .prepare(
            "insert into audit_log (event, actor_id, detail) values ('fiscal_year_change', 1, 'Japan') returning id",
          )
          .get() as {
          id: number;
        },
    );
    expect(id).toEqual({ id: 8 });
  });

  test('an event the code does not know is still refused', () => {
    expect(() =>
      afterMigrating((s) =>
        s.prepare("insert into audit_log (event, detail) values ('rename_party', '')").run(),
      ),
    ).toThrow(/CHECK constraint failed/);
  });
});
