'use client';
// recharts 3 renders its z-index layers as bare <g> elements and React portals into them; React
// listens for focus events on every portal container, and Chromium makes an SVG element with
// focus listeners keyboard-focusable — five unnamed Tab stops inside the chart. tabindex="-1"
// takes them out of the Tab order (the chart's figures are reachable as text and a table).
import { useEffect, type RefObject } from 'react';

const LAYERS = 'g[class*="recharts-zIndex-layer"]:not([tabindex])';

export function useNoLayerTabStops(box: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const root = box.current;
    if (!root) return;
    const untab = () => {
      for (const g of root.querySelectorAll(LAYERS)) g.setAttribute('tabindex', '-1');
    };
    untab();
    // The chart draws its layers after it has measured its box, and again when the mode changes.
    const observer = new MutationObserver(untab);
    observer.observe(root, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [box]);
}
