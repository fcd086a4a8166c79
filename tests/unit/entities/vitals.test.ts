import { extractSpo2, extractTemperature, fahrenheitToCelsius } from '../../../nlp/entities';

describe('extractTemperature', () => {
  it.each([
    ['38.5', 38.5],
    ['38.5度', 38.5],
    ['38度5', 38.5],
    ['三十八度五', 38.5],
    ['三十九度', 39],
    ['烧到三十八点五度', 38.5],
    ['39℃', 39],
    ['39°C', 39],
    ['３９．２度', 39.2],
    ['101F', 38.3],
    ['101°F', 38.3],
    ['101 degrees', 38.3],
    ['fever of 101', 38.3],
    ['发烧39', 39],
    ['体温三十八', 38],
    ['fever of 38.3', 38.3],
    ['temp is 39.4 and rising', 39.4],
    ['39度多', 39],
    ['早上37.5 晚上39.1', 39.1],
    ['room is 25 degrees, I have a fever of 38.5', 38.5],
  ])('%s → %d °C', (text, expected) => {
    expect(extractTemperature(text)).toBe(expected);
  });

  it.each([
    ['吃了500mg', 'a dose'],
    ['80岁的奶奶 血氧95', 'an age and an SpO2'],
    ['SpO2 is 98', 'an SpO2'],
    ['12.20阳的', 'a date'],
    ['发烧3天', 'a duration'],
    ['血糖38.5', 'a lab value'],
    ['外面温度35度', 'the weather'],
    ['体温50度', 'an implausible value'],
    ['吃了37.5mg', 'a dose with a decimal'],
    ['我今年39岁', 'an age'],
  ])('ignores %s (%s)', (text) => {
    expect(extractTemperature(text)).toBeUndefined();
  });

  it('does not read the day count after 度 as a decimal', () => {
    expect(extractTemperature('38度 5天了')).toBe(38);
    expect(extractTemperature('烧到38度5天了')).toBe(38);
  });

  it('converts Fahrenheit with one decimal', () => {
    expect(fahrenheitToCelsius(98.6)).toBe(37);
    expect(fahrenheitToCelsius(104)).toBe(40);
  });
});

describe('extractSpo2', () => {
  it.each([
    ['血氧92', 92],
    ['血氧饱和度只有90%', 90],
    ['血氧八十六', 86],
    ['血氧才八十几', 80],
    ['血氧仪显示92', 92],
    ['指脉氧88', 88],
    ['SpO2 90%', 90],
    ['我的SpO2是92%', 92],
    ['oxygen 88', 88],
    ['O2 sat 91', 91],
    ['sats 93', 93],
    ['oximeter says 89', 89],
    ['pulse ox reads 94 percent', 94],
    ['92% oxygen', 92],
    ['血氧不到90', 89],
    ['血氧早上95 现在91', 91],
  ])('%s → %d', (text, expected) => {
    expect(extractSpo2(text)).toBe(expected);
  });

  it.each(['80岁的奶奶', 'oxygen machine 5 liters', '血氧仪哪里能买', 'I need oxygen', '发烧39度', '血氧30'])(
    'finds none in %p',
    (text) => {
      expect(extractSpo2(text)).toBeUndefined();
    },
  );
});
