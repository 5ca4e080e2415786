import { describe, expect, it } from 'vitest';
import { sparkline } from '../../src/render/sparkline.js';

describe('sparkline', () => {
  it('draws shares on a 0–100 scale and gaps for values that may not be shown', () => {
    expect(sparkline([0, 17.5, 41.7, 59.2, 100])).toBe('▁▂▄▅█');
    expect(sparkline([10, null, 90])).toBe('▂·▇');
    expect(sparkline([])).toBe('');
  });
});
