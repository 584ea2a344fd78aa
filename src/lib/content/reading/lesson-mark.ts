/**
 * The attribute that marks a module page's lesson: the text read aloud (src/browser/reading/read-aloud.ts)
 * and the text the search index keeps only as a digest (src/lib/search/lesson-digest.ts).
 */
export const LESSON_MARK = 'data-lesson';
