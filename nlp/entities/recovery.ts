/** Whether the illness is getting better ("好多了", "only a slight cough") or worse ("加重了", "not better"). */
const WORSE =
  /没(有)?好转|没好|更(严重|重|难受)|加重|还是很难受|worse|not better|no better|still (very )?(sick|ill|unwell)/i;
/** "还有点咳嗽" answering "还发烧吗": a little of something mild is what is left. */
const BETTER =
  /好多了|好转|明显好|差不多好了|基本好了|好了|没(什么)?症状|没有症状|只有(点)?咳|只是(有点)?咳|(还|就)(是)?有(一)?点(儿)?(咳|嗓子|鼻塞|流鼻涕|流涕|乏力|累|没劲)|better|improv|recovered|no symptoms|only a (slight |little )?cough|(still|just) (have )?(a )?(bit of a|little|slight|mild) cough|feel (fine|good|ok)/i;

/** In an already normalised text; "worse" wins when both are said ("好多了 but not better than yesterday"). */
export function findRecovery(text: string): 'better' | 'worse' | undefined {
  if (WORSE.test(text)) return 'worse';
  return BETTER.test(text) ? 'better' : undefined;
}
