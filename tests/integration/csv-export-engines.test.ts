// The export route gives the same bytes on SQLite and PostgreSQL for the same rows
// (engine-fixture.ts): run plainly and with TEST_ENGINE=postgres, each engine is held to the literal
// files below — CRLF records, quotes only where needed, neutralised formulas, escaped list bars.
import { describe, test, expect, beforeAll } from 'vitest';
import { useTestDatabase } from '../support/engine';
import { writeEngineFixture } from './engine-fixture';
import { GET } from '../../app/export/[file]/route';

async function download(name: string, query = ''): Promise<string> {
  const res = await GET(new Request(`http://localhost/export/${name}${query}`), {
    params: Promise.resolve({ file: name }),
  });
  expect(res.status).toBe(200);
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await res.arrayBuffer());
}
const file = (records: string[]) => records.map((r) => `${r}\r\n`).join('');

const PLEDGE_HEADER =
  'id,external_id,donor,donor_kind,recipient,title,description,category,instrument,stage,kind,is_lower_bound,parent_id,amount,currency,amount_usd,fx_rate,fx_date,announced_on,date_precision,source_urls,source_publishers,source_quotes,updated_at,source_titles,source_published_on,committed_on,allocated_on,disbursed_on,cancelled_on,period_start,period_end';
const PLEDGES = {
  1: '1,,Japan,government,Ukraine,Budget support,,financial,grant,committed,item,false,,1000,USD,1000,1,2023-06-10,2023-06-10,day,https://example.org/a | https://example.org/b,A \\| B | C,"He said ""more \\| less"", then left. | -5 percent",2024-03-01T10:00:00.000Z,First | Second,2023-06-10 | ,,,,,,',
  2: '2,,Japan,government,Ukraine,Tranche 1,,financial,grant,allocated,item,false,1,300,USD,300,1,2023-09-01,2023-09-01,day,,,,2024-03-01T10:00:00.000Z,,,,,,,,',
  3: '3,,Japan,government,Ukraine,Ammunition,,military,grant,disbursed,item,false,,50,USD,50,1,2024-01-15,2024-01-15,day,,,,2024-03-01T10:00:00.000Z,,,,,,,,',
  4: '4,,Japan,government,Ukraine,Generators,,humanitarian,in_kind,announced,item,false,,,,,,,2024-01-15,day,,,,2024-03-01T10:00:00.000Z,,,,,,,,',
  5: '5,,Germany,government,Ukraine,\'=SUM(A1) grant,"two\nlines, ""quoted""",humanitarian,grant,committed,item,false,,917.50,EUR,1000,0.9175,2024-01-15,2024-01-15,day,https://example.org/b,C,Euros.,2024-03-01T10:00:00.000Z,Second,,,,,,,',
  6: '6,,Japan,government,Ukraine,Reported,,other,grant,disbursed,reported_total,true,,7000,USD,7000,1,2023-09-09,2023-09-09,day,,,,2024-03-01T10:00:00.000Z,,,,,,,,',
  8: '8,,Germany,government,Ukraine,Half a cent,,other,grant,committed,item,false,,0.05,USD,0.05,1,2023-06-20,2023-06-20,day,,,,2024-03-01T10:00:00.000Z,,,,,,,,',
  9: '9,,Japan,government,Ukraine,Undated grant,,humanitarian,grant,committed,item,false,,1000,USD,1000,1,2024-01-15,,unknown,,,,2024-03-01T10:00:00.000Z,,,,,,,,',
};

beforeAll(async () => {
  await useTestDatabase();
  await writeEngineFixture();
});

describe('export files, byte for byte, on either engine', () => {
  test('pledges.csv: every unretracted pledge in id order, sources joined', async () => {
    expect(await download('pledges.csv')).toBe(
      file([PLEDGE_HEADER, ...[1, 2, 3, 4, 5, 6, 8, 9].map((id) => PLEDGES[id as keyof typeof PLEDGES])]),
    );
  });

  test('pledges.csv with filters and a byte-order mark', async () => {
    expect(await download('pledges.csv', '?donor=germany&bom=1')).toBe(
      `\uFEFF${file([PLEDGE_HEADER, PLEDGES[5], PLEDGES[8]])}`,
    );
    expect(await download('pledges.csv', '?currency=EUR&category=financial')).toBe(
      file([PLEDGE_HEADER, PLEDGES[1], PLEDGES[2]]),
    );
  });

  test('summary.csv in a reporting currency', async () => {
    expect(await download('summary.csv', '?currency=EUR')).toBe(
      file([
        'donor,donor_name,category,currency,committed,allocated,disbursed,announced,item_count,unquantified_count,reported_total_count,reported_total,reported_is_lower_bound,delivery_share_percent,cancelled,cancelled_count,median_days_to_disbursement,median_pledge_count,donor_committed,donor_disbursed,donor_delivery_share_percent,donor_cancelled,donor_median_days_to_disbursement,donor_median_pledge_count',
        'germany,Germany,humanitarian,EUR,917.50,0,0,0,1,0,0,,,0,0,0,,0,917.53,0,0,0,,0',
        'germany,Germany,other,EUR,0.03,0,0,0,1,0,0,,,0,0,0,,0,917.53,0,0,0,,0',
        'japan,Japan,financial,EUR,500,150,0,0,2,0,0,,,0,0,0,,0,1463.38,45.88,3.1,0,,0',
        'japan,Japan,humanitarian,EUR,917.50,0,0,0,2,1,0,,,0,0,0,,0,1463.38,45.88,3.1,0,,0',
        'japan,Japan,military,EUR,45.88,45.88,45.88,0,1,0,0,,,100,0,0,,0,1463.38,45.88,3.1,0,,0',
        'japan,Japan,other,EUR,0,0,0,0,0,0,1,3500,true,,0,0,,0,1463.38,45.88,3.1,0,,0',
      ]),
    );
  });

  test('series.csv', async () => {
    expect(await download('series.csv')).toBe(
      file([
        'month,currency,committed,allocated,disbursed,announced,item_count,unquantified_count,reported_total_count,reported_total,reported_is_lower_bound',
        '2023-06,USD,1000.05,0,0,0,2,0,0,,',
        '2023-09,USD,1000.05,300,0,0,3,0,1,7000,true',
        '2024-01,USD,2050.05,350,50,0,6,1,1,7000,true',
      ]),
    );
  });

  test('donors.csv: the donors and the peer groups', async () => {
    expect(await download('donors.csv')).toBe(
      file([
        'row,donor,donor_name,kind,iso3,currency,committed,allocated,disbursed,measure,pct_gdp,per_capita_usd,share,gdp_years,population_years,gdp_used_usd,no_figures,rank_committed,rank_allocated,rank_disbursed,rank_pct_gdp,rank_per_capita,rank_share,source,fiscal_year_start_month',
        'donor,japan,Japan,government,JPN,USD,2050,350,50,committed,4.8659546285344205e-8,0.000016463661687011337,0.6721201291782102,2023,2023,2023:4212945159781,,1,1,1,1,1,1,"World Bank, World Development Indicators",',
        'donor,germany,Germany,government,DEU,USD,1000.05,0,0,committed,2.2442365752570186e-8,0.000012007236687891078,0.3278798708217898,2023,2023,2023:4456081016706,,2,,,2,2,2,"World Bank, World Development Indicators",',
        'group,g7,G7,group,,USD,3050.05,350,50,committed,6.51778098911625e-9,0.000003907604527284074,1,2023,2023,2023:46795834427287 2024:46795834427287,,,,,,,,"World Bank, World Development Indicators",',
        'group,eu,EU member states,group,,USD,1000.05,0,0,committed,5.450045393519771e-9,0.000002227791198991743,0.3278798708217898,2023,2023,2023:18349388450766 2024:18349388450766,,,,,,,,"World Bank, World Development Indicators",',
        'group,nato,NATO,group,,USD,1000.05,0,0,committed,1.9326396528220354e-9,0.000001026708583863925,0.3278798708217898,2023,2023,2023:51745290361798 2024:51745290361798,,,,,,,,"World Bank, World Development Indicators",',
        'group,nordic,Nordic countries,group,,USD,0,0,0,committed,0,0,0,,,,,,,,,,,"World Bank, World Development Indicators",',
        'group,g20,G20,group,,USD,3050.05,350,50,committed,3.7138538889460024e-9,6.487576414109855e-7,1,2023,2023,2023:82126278825299 2024:82126278825299,,,,,,,,"World Bank, World Development Indicators",',
      ]),
    );
  });
});
