import { cutToBudget } from '../../../conversation/reply-budget';
import { smsBudget } from '../../../telephony/sms/sms-budget';
import { spokenSeconds, voiceBudget, VOICE_MAX_SECONDS } from '../../../telephony/voice/voice-budget';
import { segmentCount } from '../../../telephony/sms/sms-encoding';

const within = (max: number) => (s: string) => [...s].length <= max;

describe('cutToBudget: the first whole sentences that fit, the rest for "1"', () => {
  it('sends a reply that fits whole', () => {
    expect(cutToBudget('布洛芬每次一片。', within(50))).toBeUndefined();
  });

  it('cuts at a sentence end, never mid-sentence', () => {
    const text = '第一句话说完了。第二句话也说完了。第三句话是最后一句，比较长一点。';
    expect(cutToBudget(text, within(18))).toEqual({
      now: '第一句话说完了。第二句话也说完了。',
      rest: '第三句话是最后一句，比较长一点。',
    });
  });

  it('keeps a header whole even when it alone is longer than the budget', () => {
    const header = '今天请去发热门诊：血氧93%或以下。如果喘不上气，马上打120。\n';
    const cut = cutToBudget(`${header}布洛芬每次一片，每天不超过四次，间隔至少六小时。`, within(20), header.length);
    expect(cut?.now.startsWith(header.trim())).toBe(true);
  });

  it('a first sentence longer than the budget is cut at a comma', () => {
    const cut = cutToBudget('布洛芬每次一片，每天不超过四次，间隔至少六小时，饭后吃。再说一句。', within(16));
    expect(cut?.now).toBe('布洛芬每次一片，每天不超过四次，');
  });

  it('a tiny rest is not worth "reply 1 for more": sent whole', () => {
    expect(cutToBudget('第一句话说完了。好。', within(8))).toBeUndefined();
  });
});

describe('channel budgets', () => {
  it('SMS: a cut reply with its "reply 1" line is at most two segments', () => {
    const fits = (s: string) => smsBudget.fits(s, 'zh', 'first');
    const text = '对乙酰氨基酚每次300到600毫克。'.repeat(12);
    const cut = cutToBudget(text, fits)!;
    expect(segmentCount(`${cut.now}\n（回复1看后面的内容）`)).toBeLessThanOrEqual(2);
    expect(smsBudget.fits(text, 'zh', 'more')).toBe(true);
  });

  it('voice: about 25 seconds at the slowed rate', () => {
    expect(spokenSeconds('一二三四', 'zh')).toBe(1);
    expect(voiceBudget.fits('布洛芬每次一片。'.repeat(20), 'zh', 'first')).toBe(false);
    expect(spokenSeconds('word '.repeat(23), 'en')).toBeCloseTo(10);
    expect(VOICE_MAX_SECONDS).toBe(25);
  });
});
