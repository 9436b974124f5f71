// The endpoint descriptions are written once for both the OpenAPI document (where `backticks` are
// Markdown code) and this page: here each backticked part is rendered as <code>.
export function InlineCode({ text }: { text: string }) {
  const parts = text.split(/`([^`]+)`/);
  // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed sentence, never reordered
  return <>{parts.map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : part))}</>;
}
