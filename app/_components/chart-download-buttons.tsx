'use client';
import { useState, type RefObject } from 'react';
import { downloadChart, type LegendEntry } from './chart-download';

/** "Save as PNG / SVG" for the chart drawn inside `box`. */
export function ChartDownload({ box, filename, title, credit, legend }: {
  box: RefObject<HTMLDivElement | null>; filename: string; title: string; credit: string; legend: LegendEntry[];
}) {
  const [error, setError] = useState('');
  const run = (format: 'png' | 'svg') => {
    const svg = box.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return setError('The chart has not been drawn yet.');
    downloadChart(svg, format, filename, { title, credit, legend }).then(() => setError(''), (e: Error) => setError(`Could not save: ${e.message}`));
  };
  return (
    <span className="ml-auto flex items-center gap-2">
      <button type="button" onClick={() => run('png')} className="rounded border border-line bg-paper px-2 py-0.5">Save PNG</button>
      <button type="button" onClick={() => run('svg')} className="rounded border border-line bg-paper px-2 py-0.5">Save SVG</button>
      {error && <span role="alert" className="text-red-700">{error}</span>}
    </span>
  );
}
