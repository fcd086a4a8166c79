import { catalog } from '../../../knowledge/medicines/catalog';
import { certainIngredients } from '../../../domains/medication/components';
import { ruleSets } from '../../../knowledge/isolation/catalog';
import { ISOLATION_RULE_SET_IDS } from '../../../domains/isolation';

describe('medicine knowledge data', () => {
  const products = [...catalog.products.values()].filter((p) => p.kind === 'product');

  it('covers the ingredients and at least 40 products the hotline is asked about', () => {
    const required = [
      'acetaminophen',
      'ibuprofen',
      'aspirin',
      'dextromethorphan',
      'pseudoephedrine',
      'ephedra',
      'chlorphenamine',
      'diphenhydramine',
      'ambroxol',
      'guaifenesin',
      'caffeine',
      'amantadine',
      'oseltamivir',
      'nirmatrelvir-ritonavir',
      'azvudine',
    ];
    for (const id of required) expect(catalog.ingredients.has(id)).toBe(true);
    expect(products.length).toBeGreaterThanOrEqual(40);
  });

  it.each([
    ['ganmaoling-999', ['acetaminophen', 'chlorphenamine', 'caffeine']],
    ['tylenol-cold-cn', ['acetaminophen', 'pseudoephedrine', 'dextromethorphan', 'chlorphenamine']],
    ['baijiahei', ['acetaminophen', 'pseudoephedrine', 'dextromethorphan', 'diphenhydramine']],
    ['kuaike', ['acetaminophen', 'amantadine', 'caffeine', 'chlorphenamine']],
    ['vc-yinqiao', ['acetaminophen', 'chlorphenamine']],
    ['lianhua-qingwen', ['ephedra']],
    ['nyquil', ['acetaminophen', 'dextromethorphan', 'doxylamine']],
    ['meilin', ['ibuprofen']],
    ['paxlovid', ['nirmatrelvir-ritonavir']],
  ])('%s contains %j', (product, ingredients) => {
    expect(certainIngredients(product)).toEqual(expect.arrayContaining(ingredients));
  });

  it('keeps the self-care limits the notes give: acetaminophen 2 g a day, 3 days for fever', () => {
    const a = catalog.ingredients.get('acetaminophen')!;
    expect(a.adult?.maxDailyMg).toBe(2000);
    expect(a.adult?.maxDays?.fever).toBe(3);
    expect(a.child).toMatchObject({
      mgPerKg: { min: 10, max: 15 },
      intervalHours: { min: 4, max: 6 },
      maxDosesPerDay: 4,
    });
    expect(catalog.ingredients.get('ibuprofen')!.child).toMatchObject({
      mgPerKg: { min: 5, max: 10 },
      intervalHours: { min: 6, max: 8 },
      minAgeMonths: 6,
    });
  });

  it('marks the COVID antivirals and antibiotics prescription-only', () => {
    for (const id of ['nirmatrelvir-ritonavir', 'azvudine', 'oseltamivir', 'amoxicillin']) {
      expect(catalog.ingredients.get(id)!.prescriptionOnly).toBe(true);
    }
  });

  it('every product lists active ingredients or its herbal components', () => {
    for (const p of products) expect(p.ingredients.length + (p.herbal?.length ?? 0)).toBeGreaterThan(0);
  });

  it('prefers acetaminophen in pregnancy and avoids decongestants with high blood pressure', () => {
    expect(catalog.conditions.get('pregnancy')!.prefer[0]).toBe('acetaminophen');
    expect(catalog.conditions.get('hypertension')!.avoid).toEqual(
      expect.arrayContaining(['pseudoephedrine', 'ephedra']),
    );
  });
});

describe('isolation rule sets', () => {
  it('lists exactly the rule sets in the data file', () => {
    expect([...ISOLATION_RULE_SET_IDS].sort()).toEqual(ruleSets.map((r) => r.id).sort());
  });
});
