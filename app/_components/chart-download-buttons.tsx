'use client';
// "Download this view": the rows in view as CSV (the export route, with the page's own filters)
// and, once the chart is drawn inside `image.box`, the chart as PNG or SVG.
import { useId, useState, type RefObject } from 'react';
import { downloadChart, type LegendEntry } from './chart-download';

type ImageSource = {
  box: RefObject<HTMLDivElement | null>;
  filename: string;
  title: string;
  credit: string;
  legend: LegendEntry[];
};

export function DownloadView({ csvHref, image }: { csvHref: string; image?: ImageSource }) {
  const [error, setError] = useState('');
  const label = useId();
  const run = (format: 'png' | 'svg') => {
    if (!image) return;
    const svg = image.box.current?.querySelector<SVGSVGElement>('svg.recharts-surface');
    if (!svg) return setError('The chart has not been drawn yet.');
    const { filename, title, credit, legend } = image;
    downloadChart(svg, format, filename, { title, credit, legend }).then(
      () => setError(''),
      (e: Error) => setError(`Could not save: ${e.message}`),
    );
  };
  const button = 'rounded border border-line bg-paper px-2 py-0.5';
  return (
    <span role="group" aria-labelledby={label} className="ml-auto flex flex-wrap items-center gap-2">
      <span id={label}>Download this view</span>
      <a href={csvHref} download className={`${button} no-underline`}>
        CSV
      </a>
      {image && (
        <button type="button" onClick={() => run('png')} className={button}>
          Save PNG
        </button>
      )}
      {image && (
        <button type="button" onClick={() => run('svg')} className={button}>
          Save SVG
        </button>
      )}
      {error && (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
