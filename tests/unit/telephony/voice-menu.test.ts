import { MAX_MISSES, nextMove } from '../../../telephony/voice/voice-menu';

describe('nextMove (voice menu state machine)', () => {
  it('maps the main menu keys: 1 medicine, 2 isolation, 3 community help, 0 a person, * again, 9 language', () => {
    expect(nextMove('menu', { digits: '1' }, 0).decision).toEqual({ kind: 'ask', topic: 'medicine' });
    expect(nextMove('menu', { digits: '2' }, 0).decision).toEqual({ kind: 'ask', topic: 'isolation' });
    expect(nextMove('menu', { digits: '3' }, 0).decision).toEqual({ kind: 'ask', topic: 'help' });
    expect(nextMove('menu', { digits: '0' }, 0).decision).toEqual({ kind: 'person' });
    expect(nextMove('menu', { digits: '*' }, 0).decision).toEqual({ kind: 'menu' });
    expect(nextMove('menu', { digits: '9' }, 0).decision).toEqual({ kind: 'switch_lang' });
  });

  it('sends anything said, at any step, to the engine and resets the misses', () => {
    for (const step of ['menu', 'ask', 'answer', 'choices'] as const) {
      expect(nextMove(step, { speech: ' 我爸叫不醒了 ' }, 1)).toEqual({
        decision: { kind: 'question', text: '我爸叫不醒了' },
        misses: 0,
        step: `${step}:speech`,
      });
    }
  });

  it('after an answer: * repeats, 1 asks another question, 0 is a person', () => {
    expect(nextMove('answer', { digits: '*' }, 0).decision).toEqual({ kind: 'repeat' });
    expect(nextMove('answer', { digits: '1' }, 0).decision).toEqual({ kind: 'ask' });
    expect(nextMove('answer', { digits: '0' }, 0).decision).toEqual({ kind: 'person' });
  });

  it('passes a key to the engine when the answer offered numbered choices', () => {
    expect(nextMove('choices', { digits: '2' }, 0).decision).toEqual({ kind: 'question', text: '2' });
    expect(nextMove('choices', { digits: '0' }, 0).decision).toEqual({ kind: 'person' });
  });

  it('re-prompts once, simpler, then hands over to a person', () => {
    const first = nextMove('menu', {}, 0);
    expect(first).toEqual({ decision: { kind: 'menu', simpler: true }, misses: 1, step: 'menu:silence' });
    const second = nextMove('menu', { digits: '7' }, first.misses);
    expect(second).toEqual({ decision: { kind: 'person' }, misses: MAX_MISSES, step: 'menu:nomatch' });
    expect(nextMove('ask', {}, 0).decision).toEqual({ kind: 'ask', simpler: true });
  });

  it('after an answer, silence offers the keys again instead of "say your question"', () => {
    expect(nextMove('answer', {}, 0).decision).toEqual({ kind: 'options' });
    expect(nextMove('choices', {}, 0).decision).toEqual({ kind: 'repeat' });
    expect(nextMove('answer', {}, 1).decision).toEqual({ kind: 'person' });
  });

  it('ignores menu keys where they mean nothing', () => {
    expect(nextMove('ask', { digits: '1' }, 0).decision).toEqual({ kind: 'ask', simpler: true });
    expect(nextMove('answer', { digits: '9' }, 0)).toMatchObject({
      decision: { kind: 'options' },
      step: 'answer:nomatch',
    });
  });
});
