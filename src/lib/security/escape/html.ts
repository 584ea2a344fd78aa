const REFERENCES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text for the few places where Astro does not escape for us (`set:html`, `innerHTML`, Starlight
 * props it writes as HTML): frontmatter and taxonomy names are text, never markup. Quotes are
 * escaped too, so the result is also safe inside a quoted attribute.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => REFERENCES[char]!);
}
