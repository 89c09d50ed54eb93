/** What the mock tests share: catching a `MockProblem`, reading its field paths, a card to tokenize. */
import type { MockProblem } from '../../mocks/problem.js';
import type { CardDetails } from '../../src/model/types.js';

/** The problem `fn` throws; fails when it throws none. */
export function problemOf(fn: () => unknown): MockProblem {
  try {
    fn();
  } catch (error) {
    return error as MockProblem;
  }
  throw new Error('expected a problem');
}

/** The problem's errors as "path:code". */
export function paths(problem: MockProblem): string[] {
  return (problem.errors ?? []).map((error) => `${error.path}:${error.code}`);
}

/** Card details with a valid expiry and security code, for `tokenizeCard`. */
export function card(number: string, overrides: Partial<CardDetails> = {}): CardDetails {
  return { number, expiryMonth: 12, expiryYear: 2029, securityCode: '123', nameOnCard: 'Ada Lovelace', ...overrides };
}
