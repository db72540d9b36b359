/** The runtime actions of sending from an origination identity, pool or configuration set. */
export const SEND_ACTIONS = {
  TEXT: 'sms-voice:SendTextMessage',
  VOICE: 'sms-voice:SendVoiceMessage',
  MEDIA: 'sms-voice:SendMediaMessage',
} as const;
