/** Task text with its most influential words marked; the weight shows on hover and to screen readers. */
export function Highlighted({ text, tokens }: { text: string; tokens: { token: string; weight: number }[] }) {
  if (tokens.length === 0) return <>{text}</>;
  const weights = new Map(tokens.map((t) => [t.token.toLowerCase(), t.weight]));
  const parts = text.split(/([\p{L}\p{N}'-]+)/u);
  return (
    <>
      {parts.map((part, i) => {
        const w = weights.get(part.toLowerCase());
        return w !== undefined ? (
          <mark key={i} title={`weight ${w.toFixed(2)}`}>
            {part}
          </mark>
        ) : (
          <span key={i}>{part}</span>
        );
      })}
    </>
  );
}
