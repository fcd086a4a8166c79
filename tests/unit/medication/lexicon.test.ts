import { findMedicines } from '../../../nlp/entities/medicines';
import { findUnknownMedicineNames } from '../../../domains/medication/unknown-names';

describe('findMedicines', () => {
  it.each([
    ['感冒灵和泰诺能一起吃吗', ['ganmaoling-999', 'tylenol-cold-cn']],
    ['泰诺林和泰诺', ['tylenol-sr-cn', 'tylenol-cold-cn']],
    ['NyQuil and Tylenol', ['nyquil', 'tylenol']],
    ['nyquil and TYLENOL', ['nyquil', 'tylenol']],
    ['布洛芬一次吃多少', ['ibuprofen']],
    ['布络芬和太诺', ['ibuprofen', 'tylenol-cold-cn']],
    ['扑热息痛', ['acetaminophen']],
    ['paracetemol', ['acetaminophen']],
    ['ibuprofin for my son', ['ibuprofen']],
    ['莲花清瘟能吃吗', ['lianhua-qingwen']],
    ['Tylenol Cold & Flu with Sudafed PE', ['tylenol-cold-flu', 'sudafed-pe']],
    ['Paxlovid和阿托伐他汀', ['paxlovid', 'statins']],
    ['吃华法林的人能吃布洛芬吗', ['anticoagulants', 'ibuprofen']],
    ['Can I take Tylenol and a cold and flu tablet together?', ['tylenol', 'cold-medicine']],
    ['ＴＹＬＥＮＯＬ', ['tylenol']],
  ])('%s → %j', (text, ids) => {
    expect(findMedicines(text)).toEqual(ids);
  });

  it('finds no medicine in everyday words that hold a misspelling (很快可以 is not 快克)', () => {
    expect(findMedicines('很快可以出门吗')).toEqual([]);
    expect(findMedicines('我很快可能就好了')).toEqual([]);
  });

  it('does not find brands inside other English words', () => {
    expect(findMedicines('this should alleviate the pain, said Advilson')).toEqual([]);
  });

  it('matches a message in well under 0.2 ms on average', () => {
    const messages = [
      '感冒灵和泰诺能一起吃吗',
      'Can I take NyQuil and Tylenol together tonight?',
      '我奶奶80岁，高血压，能吃连花清瘟和布洛芬吗',
    ];
    findMedicines(messages[0]);
    const runs = 3000;
    const start = process.hrtime.bigint();
    for (let i = 0; i < runs; i += 1) findMedicines(messages[i % messages.length]);
    const perMessageMs = Number(process.hrtime.bigint() - start) / 1e6 / runs;
    expect(perMessageMs).toBeLessThan(0.2);
  });
});

describe('findUnknownMedicineNames', () => {
  it('finds names that look like medicines but are not in the knowledge base', () => {
    expect(findUnknownMedicineNames('氟比洛芬和泰诺林能一起吃吗')).toEqual(['氟比洛芬']);
    expect(findUnknownMedicineNames('我在吃莫诺拉韦')).toEqual(['莫诺拉韦']);
    expect(findUnknownMedicineNames('Can I take levofloxacin with Advil?')).toEqual(['levofloxacin']);
  });

  it('ignores known names and counting words', () => {
    expect(findUnknownMedicineNames('吃了两片布洛芬缓释胶囊')).toEqual([]);
  });
});
