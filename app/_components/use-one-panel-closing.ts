'use client';
// The filter bar's panels (filter-bar-form.tsx) close on Escape or a click outside the open one.
import { useEffect } from 'react';

/**
 * Escape, or a click outside the open panel, closes it (the browser already keeps one open). A
 * click, not a pointerdown: on a phone the open panel pushes the filters after it down, so closing
 * it as the finger lands would move the button being pressed from under the finger.
 */
export function useOnePanelClosing(form: React.RefObject<HTMLFormElement | null>) {
  useEffect(() => {
    const openPanel = () => form.current?.querySelector<HTMLDetailsElement>('details[open]') ?? null;
    const onKey = (e: KeyboardEvent) => {
      const panel = openPanel();
      if (e.key !== 'Escape' || !panel) return;
      panel.open = false;
      panel.querySelector('summary')?.focus();
    };
    const onPress = (e: MouseEvent) => {
      const panel = openPanel();
      if (panel && !panel.contains(e.target as Node)) panel.open = false;
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('click', onPress);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('click', onPress);
    };
  }, [form]);
}
