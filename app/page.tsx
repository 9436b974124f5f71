import { DashboardView, type SearchParams } from './_components/dashboard-view';
import { YearsLink } from './years/_components/years-link';

export const dynamic = 'force-dynamic';

export default async function Dashboard({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  return (
    <div className="space-y-4">
      <header>
        <h1 className="text-2xl font-semibold">Aid pledges</h1>
        <p className="max-w-3xl text-sm text-muted">
          Every pledge a donor has made to a recipient, each backed by its sources. Stages are kept apart and
          never double-counted; headline claims are compared with the itemised pledges, not added to them.
        </p>
        <YearsLink params={params} />
      </header>
      <DashboardView params={params} path="/" />
    </div>
  );
}
