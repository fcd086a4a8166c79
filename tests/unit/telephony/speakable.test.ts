import { speakable } from '../../../telephony/voice/speakable';
import { gatherTwiml } from '../../../telephony/voice/speech.twiml';

describe('speakable: replies rewritten for a text-to-speech voice', () => {
  it.each([
    ['一次200～400毫克', '一次200到400毫克'],
    ['血氧≤93%请就医', '血氧小于等于93%请就医'],
    ['超过38.5℃', '超过38.5度'],
    ['SpO2 低于 90', '血氧 低于 90'],
    ['第一行\n第二行', '第一行。第二行'],
    ['电话0571-0000-0101', '电话零五七幺，零零零零，零幺零幺'],
    ['请马上拨打120。', '请马上拨打幺二零。'],
    ['布洛芬每次200mg，一天最多1200 mg', '布洛芬每次200mg，一天最多1200 mg'],
  ])('zh: %s', (text, spoken) => expect(speakable(text, 'zh')).toBe(spoken));

  it.each([
    ['200–400 mg', '200 to 400 mg'],
    ['SpO2 is 93% or lower, ≤93%', 'oxygen level is 93% or lower, at most 93%'],
    ['over 38.5 °C', 'over 38.5 degrees'],
    ['Call 120 now.', 'Call 1 2 0 now.'],
    ['The desk is on 0571 88881234.', 'The desk is on 0 5 7 1, 8 8 8 8 1 2 3 4.'],
    ['Take 500 mg, up to 3 times.', 'Take 500 mg, up to 3 times.'],
  ])('en: %s', (text, spoken) => expect(speakable(text, 'en')).toBe(spoken));

  it('is what the caller hears inside the TwiML', () => {
    const twiml = gatherTwiml('/twilio/voice/answer?turn=1', 'zh', [
      { text: '每次200～400毫克，血氧≤93%就医', lang: 'zh' },
    ]);
    expect(twiml).toContain('每次200到400毫克，血氧小于等于93%就医');
    expect(twiml).not.toContain('～');
  });
});
