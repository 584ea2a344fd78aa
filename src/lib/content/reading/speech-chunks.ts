// Speech engines stop long utterances part-way (Chrome after about 15 seconds), so a lesson is
// read as a queue of short ones: one per paragraph, long paragraphs cut after a sentence.

const SENTENCE_END = /(?<=[。！？；!?;])/u;

/** Splits text into pieces of at most `max` characters, preferring to cut after a sentence. */
export function splitForSpeech(text: string, max = 120): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const sentence of text.replace(/\s+/g, ' ').trim().split(SENTENCE_END)) {
    if (current && current.length + sentence.length > max) {
      pieces.push(current.trim());
      current = '';
    }
    current += sentence;
    while (current.length > max) {
      pieces.push(current.slice(0, max).trim());
      current = current.slice(max);
    }
  }
  if (current.trim()) pieces.push(current.trim());
  return pieces;
}

/** Prefers a mainland Mandarin voice; Android names it cmn-Hans-CN, others zh-CN or zh_CN. */
export function pickChineseVoice<V extends { lang: string }>(voices: readonly V[]): V | undefined {
  return (
    voices.find((voice) => /^(zh|cmn)([-_]\w+)*[-_]CN$/i.test(voice.lang)) ??
    voices.find((voice) => /^(zh|cmn)([-_]|$)/i.test(voice.lang))
  );
}
