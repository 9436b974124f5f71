import Link from 'next/link';

export default function NotFound() {
  return (
    <div className="rounded border border-line bg-paper p-6">
      <h1 className="text-xl font-semibold">Not found</h1>
      <p className="mt-2">There is no pledge, donor or recipient at this address.</p>
      <p className="mt-4">
        <Link href="/">Back to the dashboard</Link>
      </p>
    </div>
  );
}
