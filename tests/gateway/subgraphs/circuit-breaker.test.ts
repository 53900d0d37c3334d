import { CircuitBreaker, CircuitState, DEFAULT_CIRCUIT_BREAKER } from '../../../gateway/src/subgraphs/circuit-breaker';

const OPTIONS = { failureThreshold: 3, windowMs: 1_000, coolDownMs: 5_000 };

/** A step: at time `at` (ms), `pass` asks whether a request may go, `ok`/`fail` reports a request's outcome. */
type Step = readonly [at: number, action: 'pass' | 'ok' | 'fail', expected: { passed?: boolean; state: CircuitState }];

function run(steps: readonly Step[]): Array<{ passed?: boolean; state: CircuitState }> {
  let clock = 0;
  const breaker = new CircuitBreaker(OPTIONS, () => clock);
  return steps.map(([at, action]) => {
    clock = at;
    if (action === 'pass') return { passed: breaker.tryPass(), state: breaker.current() };
    if (action === 'ok') breaker.succeeded();
    else breaker.failed();
    return { state: breaker.current() };
  });
}

const CASES: Array<[string, Step[]]> = [
  ['stays closed below the threshold', [[0, 'fail', { state: 'CLOSED' }], [10, 'fail', { state: 'CLOSED' }], [20, 'pass', { passed: true, state: 'CLOSED' }]]],
  ['opens after the threshold of consecutive failures within the window, and refuses', [
    [0, 'fail', { state: 'CLOSED' }], [100, 'fail', { state: 'CLOSED' }], [200, 'fail', { state: 'OPEN' }], [300, 'pass', { passed: false, state: 'OPEN' }],
  ]],
  ['a success in between resets the count', [
    [0, 'fail', { state: 'CLOSED' }], [10, 'fail', { state: 'CLOSED' }], [20, 'ok', { state: 'CLOSED' }], [30, 'fail', { state: 'CLOSED' }], [40, 'fail', { state: 'CLOSED' }],
  ]],
  ['failures spread wider than the window do not open it', [
    [0, 'fail', { state: 'CLOSED' }], [600, 'fail', { state: 'CLOSED' }], [1_200, 'fail', { state: 'CLOSED' }], [1_300, 'fail', { state: 'CLOSED' }], [1_400, 'fail', { state: 'OPEN' }],
  ]],
  ['after the cool-down one trial goes through and the others are refused while it runs', [
    [0, 'fail', { state: 'CLOSED' }], [0, 'fail', { state: 'CLOSED' }], [0, 'fail', { state: 'OPEN' }],
    [4_999, 'pass', { passed: false, state: 'OPEN' }], [5_000, 'pass', { passed: true, state: 'HALF_OPEN' }], [5_001, 'pass', { passed: false, state: 'HALF_OPEN' }],
  ]],
  ['a trial that succeeds closes the circuit', [
    [0, 'fail', { state: 'CLOSED' }], [0, 'fail', { state: 'CLOSED' }], [0, 'fail', { state: 'OPEN' }],
    [5_000, 'pass', { passed: true, state: 'HALF_OPEN' }], [5_010, 'ok', { state: 'CLOSED' }], [5_020, 'pass', { passed: true, state: 'CLOSED' }], [5_030, 'pass', { passed: true, state: 'CLOSED' }],
  ]],
  ['a trial that fails opens it for another cool-down', [
    [0, 'fail', { state: 'CLOSED' }], [0, 'fail', { state: 'CLOSED' }], [0, 'fail', { state: 'OPEN' }],
    [5_000, 'pass', { passed: true, state: 'HALF_OPEN' }], [5_010, 'fail', { state: 'OPEN' }], [10_009, 'pass', { passed: false, state: 'OPEN' }], [10_010, 'pass', { passed: true, state: 'HALF_OPEN' }],
  ]],
  ['after a close it needs the whole threshold again to open', [
    [0, 'fail', { state: 'CLOSED' }], [0, 'fail', { state: 'CLOSED' }], [0, 'fail', { state: 'OPEN' }],
    [5_000, 'pass', { passed: true, state: 'HALF_OPEN' }], [5_000, 'ok', { state: 'CLOSED' }], [5_100, 'fail', { state: 'CLOSED' }], [5_200, 'fail', { state: 'CLOSED' }], [5_300, 'fail', { state: 'OPEN' }],
  ]],
];

describe('CircuitBreaker', () => {
  it.each(CASES)('%s', (_name, steps) => {
    expect(run(steps)).toEqual(steps.map(([, , expected]) => expected));
  });

  it('says how long an open circuit still refuses', () => {
    let clock = 0;
    const breaker = new CircuitBreaker(OPTIONS, () => clock);
    expect(breaker.retryInMs()).toBe(0);
    for (let i = 0; i < 3; i++) breaker.failed();
    clock = 1_500;
    expect(breaker.retryInMs()).toBe(3_500);
  });

  it('defaults to 5 failures in 10 s and a cool-down of 30 s', () => {
    expect(DEFAULT_CIRCUIT_BREAKER).toEqual({ failureThreshold: 5, windowMs: 10_000, coolDownMs: 30_000 });
  });
});
