/**
 * The query as Pagefind's simplified index needs it. A query typed in traditional characters
 * (黨員教育) is converted to simplified (党员教育) before it is searched; the converter is
 * downloaded, from this site like any other chunk, only the first time such a query is typed.
 */
import { needsSimplifying } from '../../lib/search/traditional-query.ts';

let converter: Promise<(text: string) => string> | undefined;

/** The query to search for; the query itself when it needs no converting or the converter fails. */
export async function simplifyQuery(query: string): Promise<string> {
  if (!needsSimplifying(query)) return query;
  converter ??= import('../../lib/search/to-simplified.ts').then((module) => module.toSimplified);
  try {
    return (await converter)(query);
  } catch {
    // Offline, or the chunk is gone after a deploy: search as typed, and try again next time.
    converter = undefined;
    return query;
  }
}
