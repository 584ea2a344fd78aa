/**
 * What a lecturer writes in `<SelfCheck … />`: the props of the web and the paper component, and
 * what a printed answer key lists. One shape, so the two renderings and the key cannot disagree.
 */
export interface SelfCheckQuestion {
  question: string;
  options: string[];
  /** 1-based number of the correct option, as lecturers count: answer={2} is the second. */
  answer: number;
  explanation?: string | undefined;
}

/** `A`, `B`, `C`…: how paper names the options, so the answer key can point at one. */
export function optionLetter(index: number): string {
  return String.fromCharCode(65 + index);
}

/** The correct option as a printed key gives it: `B. 对答应的事情落实回应`. */
export function correctOption({ options, answer }: SelfCheckQuestion): string {
  return `${optionLetter(answer - 1)}. ${options[answer - 1] ?? ''}`;
}
