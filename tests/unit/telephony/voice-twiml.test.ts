import {
  apologyTwiml,
  callbackRecordTwiml,
  dialTwiml,
  emergencyFailedTwiml,
} from '../../../telephony/voice/connect.twiml';
import { answerSpeech, answerTwiml, askTwiml, menuTwiml } from '../../../telephony/voice/menu.twiml';
import { spokenLines } from '../../../harness/twilio-webhooks';

const numbers = { emergency: '120', operator: '+8657100000000' };

describe('voice TwiML builders', () => {
  it('menu: a Gather for keys and Mandarin speech around a slow Zhiyu greeting, with 9 for English', () => {
    const twiml = menuTwiml('zh', { turn: 1, step: 1 }, { greeting: true });
    expect(twiml).toMatch(/^<\?xml[^>]*><Response><Gather [^>]*>/);
    expect(twiml).toContain('input="dtmf speech"');
    expect(twiml).toContain('language="cmn-Hans-CN"');
    expect(twiml).toContain('action="/twilio/voice/menu?turn=1&amp;step=1"');
    expect(twiml).toContain('actionOnEmptyResult="true"');
    expect(twiml).toContain('speechTimeout="auto"');
    expect(twiml).not.toContain('speechModel');
    expect(twiml).toContain(
      '<Say language="cmn-CN" voice="Polly.Zhiyu"><prosody rate="90%">您好，这里是社区健康热线。如果有危及生命的紧急情况，请挂机直接拨打幺二零。</prosody></Say>',
    );
    const lines = spokenLines(twiml);
    expect(lines[1]).toMatch(/问用药，请按1。问居家隔离，请按2。.*请按3。找工作人员，请按0。再听一遍，请按星号键。/);
    expect(twiml).toContain(
      '<Say language="en-US" voice="Polly.Joanna"><prosody rate="90%">For English, press 9.</prosody></Say>',
    );
  });

  it('menu in English listens for English', () => {
    const twiml = menuTwiml('en', { turn: 3, step: 5 }, { simpler: true });
    expect(twiml).toContain('language="en-US"');
    // A re-prompt keeps every option, only shorter.
    expect(spokenLines(twiml)).toEqual([
      'Sorry, I did not hear a choice. Medicines, press 1. Home isolation, 2. Community help, 3. A person, 0. Or just say your question.',
    ]);
  });

  it('ask and answer steps carry the turn, the step (and whether choices were offered) in the action URL', () => {
    expect(askTwiml('zh', { turn: 2, step: 3 }, '请说出您的问题。')).toContain(
      'action="/twilio/voice/ask?turn=2&amp;step=3"',
    );
    expect(answerTwiml('zh', { turn: 3, step: 4 }, '答复', false)).toContain(
      'action="/twilio/voice/answer?turn=3&amp;step=4"',
    );
    expect(answerTwiml('zh', { turn: 3, step: 4 }, '答复', true)).toContain(
      'action="/twilio/voice/answer?turn=3&amp;step=4&amp;choices=1"',
    );
  });

  it('answer speech: the answer, then * / 1 / 0; or the reply choices as keys', () => {
    expect(answerSpeech('布洛芬每次一片。\n每天不超过四次。', 'zh')).toBe(
      '布洛芬每次一片。 每天不超过四次。 再听一遍请按星号键，再问一个问题请按1，找工作人员请按0。',
    );
    const choices = [
      { id: '1', label: '药怎么吃、吃多少', value: 'x' },
      { id: '0', label: '人工服务', value: 'y' },
    ];
    expect(answerSpeech('请问您想问哪一类：', 'zh', choices)).toBe(
      '请问您想问哪一类： 药怎么吃、吃多少，请按1。 人工服务，请按0。 再听一遍请按星号键。',
    );
  });

  it('escapes what the engine says', () => {
    expect(answerTwiml('en', { turn: 1, step: 2 }, 'Take <1 & wait', false)).toContain('Take &lt;1 &amp; wait');
  });

  it('emergency: one short instruction, then Dial 120 with an action to hear how it went', () => {
    const twiml = dialTwiml('zh', 'emergency', numbers, { turn: 2, step: 3 });
    expect(spokenLines(twiml)).toEqual(['情况紧急。请不要挂机，正在为您转接幺二零。']);
    expect(twiml).toContain(
      '<Dial action="/twilio/voice/dialed?to=emergency&amp;turn=2&amp;step=3" method="POST" timeout="25">120</Dial>',
    );
  });

  it('elderly: a one-line greeting, then Dial the operator', () => {
    const twiml = dialTwiml('zh', 'operator', numbers, { turn: 1, step: 1 }, 'elderly');
    expect(spokenLines(twiml)).toEqual(['您好，这里是社区健康热线，马上为您接通工作人员，请稍候。']);
    expect(twiml).toContain(
      '<Dial action="/twilio/voice/dialed?to=operator&amp;turn=1&amp;step=1" method="POST" timeout="25">+8657100000000</Dial>',
    );
  });

  it('call-back: a prompt, Record to /twilio/voice/callback, and words for when nothing was recorded', () => {
    const twiml = callbackRecordTwiml('zh', '120', { turn: 1, step: 4 });
    expect(twiml).toMatch(
      /<Record action="\/twilio\/voice\/callback\?turn=1&amp;step=4" method="POST" maxLength="120" playBeep="true"[^>]*\/>/,
    );
    expect(spokenLines(twiml)[0]).toMatch(/请在提示音后说出您的问题/);
    expect(twiml).toMatch(/<\/Say><Hangup\/><\/Response>$/);
  });

  it('when 120 does not connect: say to dial it directly, and bring in a person if there is one', () => {
    expect(emergencyFailedTwiml('zh', numbers)).toContain('<Dial timeout="25">+8657100000000</Dial>');
    expect(emergencyFailedTwiml('zh', { emergency: '120' })).toMatch(/请马上挂机，直接拨打幺二零。.*<Hangup\/>/);
  });

  it('apology: a person when there is one, otherwise "if it is an emergency, hang up and dial 120"', () => {
    const withDesk = apologyTwiml('zh', numbers);
    expect(spokenLines(withDesk)[0]).toBe('抱歉，系统出了点问题，正在为您转接工作人员。');
    expect(withDesk).toContain('<Dial timeout="25">+8657100000000</Dial>');
    const noDesk = apologyTwiml('zh', { emergency: '120' });
    expect(noDesk).not.toContain('<Dial');
    expect(spokenLines(noDesk)).toEqual([
      '抱歉，系统出了点问题，请稍后再打过来。如果是紧急情况，请马上挂机，直接拨打幺二零。',
    ]);
  });
});
