import { parseKeyword } from '../../../telephony/sms/sms-keywords';

describe('parseKeyword', () => {
  it.each(['STOP', 'stop', ' Stop. ', 'STOPALL', 'unsubscribe', 'CANCEL', 'END', 'QUIT'])(
    '%j opts out, answered by Twilio',
    (word) => {
      expect(parseKeyword(word)).toEqual({ kind: 'stop', lang: 'en', answeredByTwilio: true });
    },
  );

  it.each(['退订', 'TD', 'td'])('%j opts out, answered by the hotline in Chinese', (word) => {
    expect(parseKeyword(word)).toEqual({ kind: 'stop', lang: 'zh', answeredByTwilio: false });
  });

  it('opts back in with START, UNSTOP and 订阅; YES only counts for a number that opted out', () => {
    expect(parseKeyword('start')).toMatchObject({ kind: 'start', answeredByTwilio: true });
    expect(parseKeyword('UNSTOP')).toMatchObject({ kind: 'start' });
    expect(parseKeyword('订阅')).toMatchObject({ kind: 'start', lang: 'zh', answeredByTwilio: false });
    expect(parseKeyword('yes')).toMatchObject({ kind: 'start', onlyWhenOptedOut: true });
  });

  it('answers HELP, INFO and 帮助 itself', () => {
    expect(parseKeyword('help')).toEqual({ kind: 'help', lang: 'en', answeredByTwilio: false });
    expect(parseKeyword('INFO')).toMatchObject({ kind: 'help' });
    expect(parseKeyword('帮助！')).toEqual({ kind: 'help', lang: 'zh', answeredByTwilio: false });
  });

  it('matches whole messages only', () => {
    expect(parseKeyword('stop the fever')).toBeUndefined();
    expect(parseKeyword('我想退订')).toBeUndefined();
    expect(parseKeyword('help me my father cannot breathe')).toBeUndefined();
    expect(parseKeyword('2')).toBeUndefined();
  });
});
