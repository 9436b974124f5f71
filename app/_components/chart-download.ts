// Saves a drawn recharts chart as SVG or PNG, entirely in the browser: the SVG is serialised with
// a white background, a title and a legend (the on-screen legend is HTML, outside the SVG); the
// PNG is that SVG drawn on a canvas at twice the size.
const NS = 'http://www.w3.org/2000/svg';
export type LegendEntry = { label: string; color: string; dashed?: boolean };
/** What the saved image carries besides the chart: its title (the filters), a credit line, the legend. */
export type ChartLabels = { title: string; credit: string; legend: LegendEntry[] };

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  if (text) node.textContent = text;
  return node;
}

export function serialiseChart(
  svg: SVGSVGElement,
  { title, credit, legend }: ChartLabels,
): { markup: string; width: number; height: number } {
  const { width, height: plot } = svg.getBoundingClientRect();
  const header = 52;
  const footer = 20;
  const height = plot + footer;
  const out = el('svg', {
    xmlns: NS,
    width,
    height: height + header,
    viewBox: `0 0 ${width} ${height + header}`,
    'font-family': 'Arial, Helvetica, sans-serif',
  });
  out.append(el('rect', { x: 0, y: 0, width, height: height + header, fill: '#ffffff' }));
  out.append(el('text', { x: 8, y: 18, 'font-size': 14, 'font-weight': 'bold', fill: '#1f2933' }, title));
  out.append(el('text', { x: 8, y: header + height - 6, 'font-size': 11, fill: '#52606d' }, credit));
  let x = 8;
  for (const entry of legend) {
    out.append(
      el('line', {
        x1: x,
        y1: 36,
        x2: x + 16,
        y2: 36,
        stroke: entry.color,
        'stroke-width': 3,
        ...(entry.dashed ? { 'stroke-dasharray': '4 3' } : {}),
      }),
    );
    out.append(el('text', { x: x + 20, y: 40, 'font-size': 11, fill: '#1f2933' }, entry.label));
    x += 28 + entry.label.length * 6;
  }
  const body = el('g', { transform: `translate(0 ${header})` });
  for (const child of Array.from(svg.cloneNode(true).childNodes)) body.append(child);
  out.append(body);
  return { markup: new XMLSerializer().serializeToString(out), width, height: height + header };
}

function save(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function downloadChart(
  svg: SVGSVGElement,
  format: 'svg' | 'png',
  filename: string,
  labels: ChartLabels,
): Promise<void> {
  const { markup, width, height } = serialiseChart(svg, labels);
  const svgBlob = new Blob([markup], { type: 'image/svg+xml;charset=utf-8' });
  if (format === 'svg') return save(svgBlob, `${filename}.svg`);
  const image = new Image();
  const url = URL.createObjectURL(svgBlob);
  image.src = url;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(width * 2);
  canvas.height = Math.round(height * 2);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(2, 2);
  ctx.drawImage(image, 0, 0, width, height);
  URL.revokeObjectURL(url);
  const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (png) save(png, `${filename}.png`);
}
