import { activityId, replyActivity, userEcho } from '../../../web/directline/activities';
import type { Reply } from '../../../core/types';

const at = {
  conversationId: 'c1',
  id: activityId('c1', 2),
  replyToId: activityId('c1', 1),
  userId: 'resident',
  timestamp: new Date('2026-12-01T08:00:00Z'),
};

describe('Direct Line activities', () => {
  it('numbers activities the way Direct Line does', () => {
    expect(activityId('abc', 12)).toBe('abc|0000012');
  });

  it('a reply with a ticket shows the ticket number as text (tickets are built on another branch)', () => {
    const reply: Reply = {
      text: '已为您申请社区送药。',
      lang: 'zh',
      intent: 'service.drug_delivery',
      triage: 'none',
      ticket: { id: 'GS-4821', status: 'new', service: 'drug_delivery' },
    };
    const activity = replyActivity(reply, at, '120');
    expect(activity.text).toBe('已为您申请社区送药。\n服务单号：GS-4821，状态：已受理。');
    expect(activity).not.toHaveProperty('attachments');
    expect(activity).not.toHaveProperty('suggestedActions');
    expect(activity).toMatchObject({
      replyToId: 'c1|0000001',
      recipient: { id: 'resident' },
      inputHint: 'acceptingInput',
    });
  });

  it('keeps nothing of the person’s channelData but what Web Chat matches its echo on', () => {
    const echo = userEcho(
      {
        type: 'message',
        text: '你好',
        from: { id: 'resident' },
        channelData: { clientActivityID: 'a1', clientTimestamp: '2026-12-01T08:00:00Z', secret: 'x' } as never,
      },
      '你好',
      at,
    );
    expect(echo.channelData).toEqual({ clientActivityID: 'a1', clientTimestamp: '2026-12-01T08:00:00Z' });
    expect(echo.from).toEqual({ id: 'resident', role: 'user' });
  });
});
