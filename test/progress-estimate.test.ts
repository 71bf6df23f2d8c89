import { describe, expect, it } from 'vitest';
import { RateEstimate } from '../cli/progress';

/** The time left that `qmine run` shows: from a smoothed rate, and only once it means something. */
describe('RateEstimate', () => {
  function clock() {
    let now = 0;
    return { now: () => now, advance: (ms: number) => void (now += ms) };
  }

  it('shows no time left until a few seconds and a share of the files have passed', () => {
    const time = clock();
    const estimate = new RateEstimate(time.now);
    estimate.start();
    time.advance(500);
    estimate.update(2);
    expect(estimate.secondsLeft(2, 100)).toBeNull(); // half a second in: too early
    time.advance(3000);
    estimate.update(4);
    expect(estimate.secondsLeft(4, 100)).toBeNull(); // 4 % done
    time.advance(1000);
    estimate.update(10);
    expect(estimate.secondsLeft(10, 100)).not.toBeNull();
  });

  it('smooths the rate, so that one slow file does not swing the estimate', () => {
    const time = clock();
    const estimate = new RateEstimate(time.now);
    estimate.start();
    for (let done = 1; done <= 20; done++) {
      time.advance(1000);
      estimate.update(done);
    }
    expect(estimate.perSecond()).toBeCloseTo(1, 5);
    expect(estimate.secondsLeft(20, 100)).toBe(80);
    time.advance(10_000); // one file that took ten seconds
    estimate.update(21);
    const rate = estimate.perSecond()!;
    expect(rate).toBeGreaterThan(0.75); // the raw rate of that file was 0.1
    expect(estimate.secondsLeft(21, 100)).toBeLessThan(110);
  });
});
