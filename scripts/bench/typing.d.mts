// Types for the typing scenario, so TypeScript tests can replay it.
export interface Position {
  line: number;
  character: number;
}
export interface TypingStep {
  kind: 'keystroke' | 'finding' | 'completion' | 'hover';
  /** The change, for keystrokes and findings. */
  edit?: { range: { start: Position; end: Position }; text: string };
  /** Where a completion or hover is asked for. */
  position?: Position;
}
export declare const PLACES: number;
export declare function typingScenario(text: string): Generator<TypingStep>;
