import twilio from 'twilio';

/** <Response> with one <Message> per part; no parts is an empty <Response/> (Twilio sends nothing). */
export function messagingTwiml(parts: readonly string[]): string {
  const response = new twilio.twiml.MessagingResponse();
  for (const part of parts) response.message(part);
  return response.toString();
}
