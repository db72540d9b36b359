import {
  ConfigurationSetSettings,
  planConfigurationSetSettings,
  RemovableDefault,
} from '../../../lambda/sms-provider/reconcile/configuration-set-settings';

const NAME = 'orders';
const none: ConfigurationSetSettings = { messageFeedbackEnabled: false };

describe('planConfigurationSetSettings', () => {
  test.each<[string, ConfigurationSetSettings, ConfigurationSetSettings, RemovableDefault[], unknown[]]>([
    ['nothing declared, nothing set', none, none, [], []],
    ['sets a missing sender id', { ...none, defaultSenderId: 'ORDERS' }, none, [],
      [{ action: 'SetDefaultSenderId', input: { ConfigurationSetName: NAME, SenderId: 'ORDERS' } }]],
    ['changes a sender id', { ...none, defaultSenderId: 'NEW' }, { ...none, defaultSenderId: 'OLD' }, ['defaultSenderId'],
      [{ action: 'SetDefaultSenderId', input: { ConfigurationSetName: NAME, SenderId: 'NEW' } }]],
    ['leaves an equal sender id', { ...none, defaultSenderId: 'ORDERS' }, { ...none, defaultSenderId: 'ORDERS' }, ['defaultSenderId'], []],
    ['deletes a sender id declared before', none, { ...none, defaultSenderId: 'OLD' }, ['defaultSenderId'],
      [{ action: 'DeleteDefaultSenderId', input: { ConfigurationSetName: NAME } }]],
    ['keeps a sender id it never declared', none, { ...none, defaultSenderId: 'THEIRS' }, [], []],
    ['sets a message type', { ...none, defaultMessageType: 'TRANSACTIONAL' }, { ...none, defaultMessageType: 'PROMOTIONAL' }, [],
      [{ action: 'SetDefaultMessageType', input: { ConfigurationSetName: NAME, MessageType: 'TRANSACTIONAL' } }]],
    ['deletes a message type declared before', none, { ...none, defaultMessageType: 'PROMOTIONAL' }, ['defaultMessageType'],
      [{ action: 'DeleteDefaultMessageType', input: { ConfigurationSetName: NAME } }]],
    ['keeps a message type it never declared', none, { ...none, defaultMessageType: 'PROMOTIONAL' }, ['defaultSenderId'], []],
    ['nothing to delete when the declared default is already gone', none, none, ['defaultSenderId', 'defaultMessageType'], []],
    ['turns feedback on', { messageFeedbackEnabled: true }, none, [],
      [{ action: 'SetDefaultMessageFeedbackEnabled', input: { ConfigurationSetName: NAME, MessageFeedbackEnabled: true } }]],
    ['turns feedback off', none, { messageFeedbackEnabled: true }, [],
      [{ action: 'SetDefaultMessageFeedbackEnabled', input: { ConfigurationSetName: NAME, MessageFeedbackEnabled: false } }]],
    ['associates a protect configuration', { ...none, protectConfigurationId: 'protect-1' }, none, [],
      [{ action: 'AssociateProtectConfiguration', input: { ConfigurationSetName: NAME, ProtectConfigurationId: 'protect-1' } }]],
    ['replaces a protect configuration with one association', { ...none, protectConfigurationId: 'protect-2' },
      { ...none, protectConfigurationId: 'protect-1' }, ['protectConfigurationId'],
      [{ action: 'AssociateProtectConfiguration', input: { ConfigurationSetName: NAME, ProtectConfigurationId: 'protect-2' } }]],
    ['leaves an equal protect configuration', { ...none, protectConfigurationId: 'protect-1' },
      { ...none, protectConfigurationId: 'protect-1' }, ['protectConfigurationId'], []],
    ['disassociates the protect configuration declared before', none, { ...none, protectConfigurationId: 'protect-1' }, ['protectConfigurationId'],
      [{ action: 'DisassociateProtectConfiguration', input: { ConfigurationSetName: NAME, ProtectConfigurationId: 'protect-1' } }]],
    ['keeps a protect configuration it never declared', none, { ...none, protectConfigurationId: 'theirs' }, ['defaultSenderId'], []],
    ['changes everything at once',
      { defaultSenderId: 'A', defaultMessageType: 'PROMOTIONAL', messageFeedbackEnabled: true },
      { defaultSenderId: 'B', defaultMessageType: 'TRANSACTIONAL', messageFeedbackEnabled: false },
      [],
      [
        { action: 'SetDefaultSenderId', input: { ConfigurationSetName: NAME, SenderId: 'A' } },
        { action: 'SetDefaultMessageType', input: { ConfigurationSetName: NAME, MessageType: 'PROMOTIONAL' } },
        { action: 'SetDefaultMessageFeedbackEnabled', input: { ConfigurationSetName: NAME, MessageFeedbackEnabled: true } },
      ]],
  ])('%s', (_title, desired, actual, declared, expected) => {
    expect(planConfigurationSetSettings(NAME, desired, actual, new Set(declared))).toEqual(expected);
  });
});
