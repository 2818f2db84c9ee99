import { handoutUrl, idsOfHandout } from './handout-link';

const A = '3780dc3a-1fb1-4fd7-8102-98bbb5a79fc3';
const B = '82795052-10ed-4283-8979-087e623b36e5';

describe('handout links', () => {
  it('carry offer ids only', () => {
    expect(handoutUrl([A, B])).toBe(`http://localhost/liste?tilbud=${A},${B}`);
  });

  it('ignore anything that is not an offer id, and repeats', () => {
    const params = new URLSearchParams(`tilbud=${A},<script>,${A},${B},Jens%20Jensen`);
    expect(idsOfHandout(params)).toEqual([A, B]);
  });
});
