const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

function unescapeHtml(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|#39);/g, (entity) => ENTITIES[entity]);
}

/**
 * The API's snippet (escaped text with `<mark>` around the matched words) as React elements, so
 * the matches are highlighted without putting any HTML from the API into the page.
 */
export function Snippet({ html }: { html: string }) {
  // Marks come in pairs, so every odd part is a matched word.
  const parts = html.split(/<mark>|<\/mark>/);
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? <mark key={index}>{unescapeHtml(part)}</mark> : unescapeHtml(part),
      )}
    </>
  );
}
