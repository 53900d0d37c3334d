import { runLoadLoop } from '../../tools/load-loop';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the load loop', () => {
  test('stops at its request count, never more in flight than its clients, every request answered', async () => {
    let inFlight = 0;
    let most = 0;
    const seen: number[] = [];
    const { sent } = await runLoadLoop({
      clients: 4,
      maxRequests: 50,
      maxMs: 10_000,
      send: async (n) => {
        most = Math.max(most, ++inFlight);
        await sleep(2);
        seen.push(n);
        inFlight--;
      },
    });
    expect(sent).toBe(50);
    expect(most).toBe(4);
    expect([...seen].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i));
  });

  test('stops at its time limit, and when told to', async () => {
    const timed = await runLoadLoop({ clients: 2, maxRequests: 1e9, maxMs: 200, send: async () => void (await sleep(10)) });
    expect(timed.elapsedMs).toBeGreaterThanOrEqual(200);
    expect(timed.elapsedMs).toBeLessThan(1000);
    let answered = 0;
    const told = await runLoadLoop({ clients: 3, maxRequests: 1e9, maxMs: 10_000, stopWhen: () => answered >= 5, send: async () => void answered++ });
    expect(told.sent).toBeLessThanOrEqual(5 + 3);
  });

  test('holds its rate: requests evenly spaced however many clients', async () => {
    const { sent, elapsedMs } = await runLoadLoop({ clients: 8, rate: 50, maxRequests: 1e9, maxMs: 1000, send: async () => undefined });
    expect(sent / (elapsedMs / 1000)).toBeGreaterThan(30);
    expect(sent / (elapsedMs / 1000)).toBeLessThanOrEqual(52);
  });

  test('a request that throws stops the loop, which rejects with it once the others are answered', async () => {
    let answered = 0;
    await expect(
      runLoadLoop({
        clients: 2,
        maxRequests: 100,
        maxMs: 10_000,
        send: async (n) => {
          await sleep(1);
          if (n === 3) throw new Error('request 3 failed');
          answered++;
        },
      }),
    ).rejects.toThrow('request 3 failed');
    expect(answered).toBeLessThan(10);
  });
});
