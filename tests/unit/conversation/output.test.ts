import { renderReply, renderRich } from '../../../conversation/output';
import type { Reply } from '../../../core/types';

const reply = (over: Partial<Reply> = {}): Reply => ({
  text: '好的。',
  lang: 'zh',
  intent: 'service.drug_delivery',
  triage: 'none',
  ticket: null,
  ...over,
});

describe('renderRich: what channels with buttons and cards show', () => {
  it('keeps choices as buttons and the text unnumbered', () => {
    const choices = [{ id: '1', label: '社区送药', value: '@intent:service.drug_delivery' }];
    expect(renderRich(reply({ choices }), '120')).toEqual({ text: '好的。', buttons: choices });
    expect(renderReply(reply({ choices }), 'numbered-lines').text).toContain('1. 社区送药');
  });

  it('an emergency gets a call button to the configured number, in the reply’s language', () => {
    expect(renderRich(reply({ action: 'call_emergency', triage: 'emergency' }), '112').call).toEqual({
      title: '危及生命，请立即拨打112',
      label: '拨打 112',
      uri: 'tel:112',
    });
    expect(renderRich(reply({ action: 'call_emergency', lang: 'en' }), '120').call?.label).toBe('Call 120');
    expect(renderRich(reply({ action: 'handoff_human' }), '120').call).toBeUndefined();
  });

  it('names a ticket in the text until the ticket handlers write it themselves', () => {
    const ticket = { id: 'GS-4821', status: 'new', service: 'drug_delivery' };
    expect(renderRich(reply({ ticket }), '120').text).toBe('好的。\n服务单号：GS-4821，状态：已受理。');
    expect(renderRich(reply({ ticket, lang: 'en', text: 'Done.' }), '120').text).toBe(
      'Done.\nRequest number: GS-4821, status: received.',
    );
    expect(renderRich(reply({ ticket, text: '已为您登记，单号 GS-4821。' }), '120').text).toBe(
      '已为您登记，单号 GS-4821。',
    );
    expect(renderRich(reply({ ticket: { ...ticket, status: 'on_hold' } }), '120').text).toContain('on_hold');
  });
});
