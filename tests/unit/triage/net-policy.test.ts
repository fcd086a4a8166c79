/**
 * What the statistical net may do on its own: raise a description the rules did not understand to an
 * emergency, but not a message that says nothing of the person, and never lower an urgent verdict.
 * A net that hears an emergency in everything shows the policy, not the model.
 */
import type { Lang } from '../../../core/types';
import { extractEntities } from '../../../nlp/entities';
import { RedFlagScreen } from '../../../triage';
import type { EmergencyNet } from '../../../triage/net';
import { NOW } from './helpers';

const alarmed = { score: () => 0.99 } as unknown as EmergencyNet;
const screen = new RedFlagScreen({ net: alarmed });
const run = (text: string) => {
  const lang: Lang = /\p{Script=Han}/u.test(text) ? 'zh' : 'en';
  return screen.screen({ text, lang, entities: extractEntities(text, lang, NOW) });
};

describe('the emergency net on its own', () => {
  it.each(['My baby is 6 weeks old', '我爸85了', 'hello, is anyone there?', '我自己用，我30岁'])(
    'leaves a short message that names nothing alone (an age, a form answer): %s',
    (text) => {
      const s = run(text);
      expect(s.triage).toBe('none');
      expect(s.reasons).toEqual([]);
    },
  );

  it.each([
    'my grandmother is sitting on the edge of the bed rocking and making a strange noise with each breath',
    '老伴下午还好好的，现在怎么喊都只哼一声，眼皮都抬不起来',
  ])('raises a description the rules did not understand: %s', (text) => {
    expect(run(text).triage).toBe('emergency');
  });

  it('does not overrule an urgent verdict of the rules', () => {
    expect(run('体温40度 已经烧了四天').triage).toBe('urgent');
  });
});
