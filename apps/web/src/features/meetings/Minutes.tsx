/** Minutes as the facilitator wrote them: paragraphs split at blank lines, line breaks kept (plain text, never HTML). */
export function minutesParagraphs(minutes: string): string[] {
  return minutes
    .replace(/\r\n/g, '\n')
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

export function Minutes({ minutes }: { minutes: string }) {
  return (
    <div className="prose minutes">
      {minutesParagraphs(minutes).map((paragraph, index) => (
        <p key={index} className="prose--plain">
          {paragraph}
        </p>
      ))}
    </div>
  );
}

/** Markdown rendered and sanitised by the server (minutes, a description), shown as it will print. */
export function RenderedMarkdown({ html }: { html: string }) {
  // Sanitised by the server (no scripts, handlers, javascript:/data: URLs), as post bodies are.
  return <div className="prose minutes" dangerouslySetInnerHTML={{ __html: html }} />;
}
