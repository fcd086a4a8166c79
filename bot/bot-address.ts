/**
 * The engine's address for a Bot Framework conversation. A conversation id is only unique within
 * its channel and service, so the address carries both: two tenants (or Teams and Direct Line)
 * with the same conversation id are two conversations.
 */
export interface ConversationKey {
  channelId?: string;
  serviceUrl?: string;
  conversation?: { id?: string };
}

export function botAddress(activity: ConversationKey): string {
  return `${activity.channelId ?? ''}|${serviceKey(activity.serviceUrl)}|${activity.conversation?.id ?? ''}`;
}

/** Scheme and host as URLs compare them (case-insensitively), the path without trailing slashes. */
function serviceKey(serviceUrl: string | undefined): string {
  if (!serviceUrl) return '';
  try {
    const url = new URL(serviceUrl);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    return serviceUrl.trim();
  }
}
