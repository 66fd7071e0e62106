import { explainingTokens } from '@/lib/models/stopwords';

/** Task text with its three most influential words (stopwords such as "and" never count) marked; the weight shows on hover. */
export function Highlighted({ text, tokens }: { text: string; tokens: { token: string; weight: number }[] }) {
  const top = explainingTokens(tokens, 3);
  if (top.length === 0) return <>{text}</>;
  const weights = new Map(top.map((t) => [t.token.toLowerCase(), t.weight]));
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
