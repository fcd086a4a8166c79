/** The channel's own words. The language of a failed turn is not known: both, Chinese first. */
export function faultText(emergencyNumber: string): string {
  return (
    `抱歉，系统暂时出错，您的消息没有处理，请稍后再试。危及生命请立即拨打${emergencyNumber}。\n` +
    `Sorry, something went wrong and your message was not processed. Please try again shortly. If it is life-threatening, call ${emergencyNumber} now.`
  );
}
