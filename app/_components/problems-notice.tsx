/** Names each filter or table parameter that was ignored, so a bad link still shows something true. */
export function ProblemsNotice({ problems }: { problems: string[] }) {
  if (problems.length === 0) return null;
  return (
    <div
      role="status"
      data-testid="filter-problems"
      className="rounded border border-amber-600 bg-amber-50 p-3 text-sm text-amber-950"
    >
      <p className="font-semibold">Some of the address&apos;s parameters were ignored:</p>
      <ul className="mt-1 list-disc pl-5">
        {problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  );
}
