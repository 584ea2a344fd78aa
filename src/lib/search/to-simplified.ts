/**
 * Traditional → simplified conversion of a search query (OpenCC's dictionaries, through
 * opencc-js). Only the dictionaries a query needs are imported, not opencc-js's `t2cn` preset,
 * which bundles every regional table (about 75 KB gzip): Hong Kong and Taiwan variant characters
 * first (裏/裡 → 裏), then OpenCC's traditional → simplified phrases and characters. About 25 KB
 * gzip in all; the search box loads this file only for a query that needs it
 * (`needsSimplifying`), and the build leaves it out of the service worker's precache.
 */
import { ConverterFactory } from 'opencc-js/core';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import TWVariantsRev from 'opencc-js/dict/TWVariantsRev';

/** 黨員教育 → 党员教育; simplified text and Latin letters pass through. */
export const toSimplified = ConverterFactory([HKVariantsRev, TWVariantsRev], [TSPhrases, TSCharacters]);
