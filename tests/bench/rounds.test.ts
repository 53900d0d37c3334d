import { Measurement } from '../../bench/measure';
import { combineRounds, roundOrder } from '../../bench/rounds';

const round = (over: Partial<Measurement>): Measurement => ({
  requests: 100, sent: 100, seconds: 10, requestsPerSecond: 10, p50: 10, p99: 40, statementsPerRequest: 10, peakRss: 100, failures: 0, ...over,
});

describe('bench rounds', () => {
  test('each round starts one mode later, every mode once per round', () => {
    const modes = ['direct', 'direct-policy', 'gateway-no-policy', 'gateway'];
    expect(roundOrder(modes, 0)).toEqual(modes);
    expect(roundOrder(modes, 1)).toEqual(['direct-policy', 'gateway-no-policy', 'gateway', 'direct']);
    expect(roundOrder(modes, 3)).toEqual(['gateway', 'direct', 'direct-policy', 'gateway-no-policy']);
    expect(roundOrder(modes, 4)).toEqual(modes);
  });

  test("a mode's rounds make one measurement: requests/s over all, latency the median of the rounds', statements over all sent", () => {
    const combined = combineRounds([
      round({ requests: 100, sent: 102, seconds: 10, p50: 30, p99: 90, statementsPerRequest: 10, peakRss: 300, failures: 1 }),
      round({ requests: 200, sent: 198, seconds: 10, p50: 10, p99: 50, statementsPerRequest: 11, peakRss: 500 }),
      round({ requests: 150, sent: 150, seconds: 10.5, p50: 20, p99: 70, statementsPerRequest: 12, peakRss: 400, failures: 2 }),
    ]);
    expect(combined.requests).toBe(450);
    expect(combined.sent).toBe(450);
    expect(combined.seconds).toBeCloseTo(30.5);
    expect(combined.requestsPerSecond).toBeCloseTo(450 / 30.5);
    expect(combined.p50).toBe(20);
    expect(combined.p99).toBe(70);
    expect(combined.statementsPerRequest).toBeCloseTo((102 * 10 + 198 * 11 + 150 * 12) / 450);
    expect(combined.peakRss).toBe(500);
    expect(combined.failures).toBe(3);
  });

  test('the median of an even number of rounds is the mean of the middle two', () => {
    expect(combineRounds([round({ p50: 10 }), round({ p50: 40 }), round({ p50: 20 }), round({ p50: 30 })]).p50).toBe(25);
  });

  test('no rounds is an error, not a measurement', () => {
    expect(() => combineRounds([])).toThrow('no rounds');
  });
});
