// The engine fixture (engine-fixture.ts) plus three pledges for the annual view: a Japanese grant
// over FY2024–2026, one dated only by its year, a German one over twelve months; Japan's fiscal year
// starts in April.
import { writeEngineFixture, FIXTURE_PLEDGES } from './engine-fixture';
import { writeTransaction } from '../../db/connection';
import { pledges } from '../../db/tables';
import { setFiscalYearStart } from '../../db/parties';

const base = { ...FIXTURE_PLEDGES[0], parentId: null };
const usd = (cents: number, on: string) => ({ amount: cents, amountUsd: cents, fxDate: on });

export async function writeYearsFixture(): Promise<void> {
  await writeEngineFixture();
  await writeTransaction(async (tx) => {
    await tx.insert(pledges).values([
      {
        ...base,
        id: 20,
        title: 'Three-year grant',
        announcedOn: '2024-05-01',
        periodStart: '2024',
        periodEnd: '2026',
        ...usd(100_000, '2024-05-01'),
      },
      {
        ...base,
        id: 21,
        title: 'A year only',
        announcedOn: '2024-01-01',
        datePrecision: 'year',
        ...usd(7_000, '2024-01-01'),
      },
      {
        ...base,
        id: 22,
        donorId: 3,
        title: 'Twelve months',
        stage: 'disbursed',
        announcedOn: '2024-07-01',
        periodStart: '2024-07',
        periodEnd: '2025-06',
        ...usd(1_200, '2024-07-01'),
      },
    ] as (typeof pledges.$inferInsert)[]);
  });
  await setFiscalYearStart({ party: 'japan', fiscalYearStartMonth: '4' }, { id: null });
}
